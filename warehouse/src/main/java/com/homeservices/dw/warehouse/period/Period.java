package com.homeservices.dw.warehouse.period;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Objects;

/**
 * One fortnight, ISO week or calendar month, named by its first day. Made by {@link PeriodKind#containing},
 * {@link PeriodKind#starting} or {@link PeriodKind#parse}, which know where fortnights fall.
 */
public record Period(PeriodKind kind, LocalDate start) {

    public Period {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        if (kind == PeriodKind.MONTH && start.getDayOfMonth() != 1) {
            throw new IllegalArgumentException("a month starts on its first day, not " + start);
        }
        if ((kind == PeriodKind.WEEK || kind == PeriodKind.FORTNIGHT)
                && start.getDayOfWeek() != java.time.DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a " + kind.code() + " starts on a Monday, not on " + start + " (a "
                    + start.getDayOfWeek() + ")");
        }
    }

    public static Period month(int year, int month) {
        return new Period(PeriodKind.MONTH, LocalDate.of(year, month, 1));
    }

    /** Its last day. */
    public LocalDate end() {
        return next().start().minusDays(1);
    }

    public Period next() {
        return plus(1);
    }

    public Period previous() {
        return plus(-1);
    }

    /** The period {@code n} periods later (earlier when negative). */
    public Period plus(long n) {
        return new Period(kind, switch (kind) {
            case FORTNIGHT -> start.plusDays(Fortnight.DAYS * n);
            case WEEK -> start.plusWeeks(n);
            case MONTH -> start.plusMonths(n);
        });
    }

    /** The first day after it: the day a report of it is due (the Monday after a fortnight or week, the 1st). */
    public LocalDate dueOn() {
        return end().plusDays(1);
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(start, dueOn());
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end());
    }

    /** As a file name and the command line write it: {@code 2025-12} for a month, else the first day. */
    public String key() {
        return kind == PeriodKind.MONTH ? start.toString().substring(0, 7) : start.toString();
    }

    /** For a reader: {@code 2025-12-08 – 2025-12-21}, {@code 2025-W50 (2025-12-08 – 2025-12-14)}, {@code 2025-12}. */
    public String label() {
        return switch (kind) {
            case FORTNIGHT -> start + " – " + end();
            case WEEK -> String.format("%d-W%02d (%s – %s)", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), start, end());
            case MONTH -> key();
        };
    }

    @Override
    public String toString() {
        return key();
    }
}
