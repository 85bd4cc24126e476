package com.homeservices.dw.warehouse.period;

import static org.apache.spark.sql.functions.date_sub;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.apache.spark.sql.Column;

/**
 * A fortnight (metrics.md "Periods"): 14 days from a configured Monday, the epoch. Fortnight k covers
 * epoch + 14k … epoch + 14k + 13 and is named by its first day; dates before the epoch fall in negative k.
 */
public record Fortnight(LocalDate start) {

    public static final int DAYS = 14;

    public Fortnight {
        Objects.requireNonNull(start, "start");
    }

    /** The fortnight that holds {@code date}, counting from {@code epoch}. */
    public static Fortnight containing(LocalDate date, LocalDate epoch) {
        return new Fortnight(epoch.plusDays(DAYS * index(date, epoch)));
    }

    /** k for the fortnight holding {@code date}: floor division, so the day before the epoch is in fortnight −1. */
    public static long index(LocalDate date, LocalDate epoch) {
        return Math.floorDiv(ChronoUnit.DAYS.between(epoch, date), DAYS);
    }

    /**
     * The same rule as {@link #containing} for a Spark date column: the date minus its non-negative remainder of
     * days after the epoch modulo 14, so dates before the epoch land in the right (negative) fortnight too.
     */
    public static Column startColumn(Column date, LocalDate epoch) {
        return date_sub(date, pmod(datediff(date, lit(epoch)), lit(DAYS)));
    }

    /** Parses a fortnight given by its first day, which must fall on the epoch's 14-day grid. */
    public static Fortnight starting(LocalDate start, LocalDate epoch) {
        Fortnight fortnight = containing(start, epoch);
        if (!fortnight.start().equals(start)) {
            throw new IllegalArgumentException("a fortnight starts on its first day: " + start
                    + " is inside the fortnight that starts on " + fortnight.start() + " (epoch " + epoch + ")");
        }
        return fortnight;
    }

    public LocalDate end() {
        return start.plusDays(DAYS - 1);
    }

    public Fortnight next() {
        return new Fortnight(start.plusDays(DAYS));
    }

    public Fortnight previous() {
        return new Fortnight(start.minusDays(DAYS));
    }

    /** The Monday after the fortnight ends: the day its claim totals are due. */
    public LocalDate dueOn() {
        return start.plusDays(DAYS);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end());
    }

    @Override
    public String toString() {
        return start.toString();
    }
}
