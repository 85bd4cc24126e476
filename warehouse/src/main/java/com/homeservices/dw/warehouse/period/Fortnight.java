package com.homeservices.dw.warehouse.period;

import static org.apache.spark.sql.functions.date_sub;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.apache.spark.sql.Column;

/**
 * The fortnight rule (metrics.md "Periods"): 14 days from a configured Monday, the epoch. Fortnight k covers
 * epoch + 14k … epoch + 14k + 13 and is named by its first day; dates before the epoch fall in negative k. A
 * fortnight itself is a {@link Period} of kind {@link PeriodKind#FORTNIGHT}.
 */
public final class Fortnight {

    public static final int DAYS = 14;

    private Fortnight() {
    }

    /** The first day of the fortnight that holds {@code date}, counting from {@code epoch}. */
    public static LocalDate startOf(LocalDate date, LocalDate epoch) {
        return epoch.plusDays(DAYS * index(date, epoch));
    }

    /** k for the fortnight holding {@code date}: floor division, so the day before the epoch is in fortnight −1. */
    public static long index(LocalDate date, LocalDate epoch) {
        return Math.floorDiv(ChronoUnit.DAYS.between(epoch, date), DAYS);
    }

    /**
     * The same rule as {@link #startOf} for a Spark date column: the date minus its non-negative remainder of days
     * after the epoch modulo 14, so dates before the epoch land in the right (negative) fortnight too.
     */
    public static Column startColumn(Column date, LocalDate epoch) {
        return date_sub(date, pmod(datediff(date, lit(epoch)), lit(DAYS)));
    }
}
