package com.homeservices.dw.warehouse.period;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** The three kinds of period the company reports on (metrics.md "Periods"). */
public enum PeriodKind {
    /** 14 days from the configured epoch (a Monday); see {@link Fortnight}. */
    FORTNIGHT,
    /** ISO week, Monday to Sunday. */
    WEEK,
    /** Calendar month. */
    MONTH;

    /** As written in configuration and messages: {@code fortnight}, {@code week}, {@code month}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PeriodKind ofCode(String code) {
        for (PeriodKind kind : values()) {
            if (kind.code().equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown period kind '" + code + "': use fortnight, week or month");
    }

    /** The period of this kind that holds {@code date}; {@code epoch} places the fortnights. */
    public Period containing(LocalDate date, LocalDate epoch) {
        return new Period(this, switch (this) {
            case FORTNIGHT -> Fortnight.startOf(date, epoch);
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
        });
    }

    /** The newest period of this kind whose last day is on or before {@code day}: the latest one complete then. */
    public Period lastEnded(LocalDate day, LocalDate epoch) {
        Period period = containing(day, epoch);
        return period.end().isAfter(day) ? period.previous() : period;
    }

    /** The period that starts on {@code start}; a day inside a period is refused, naming the period's first day. */
    public Period starting(LocalDate start, LocalDate epoch) {
        Period period = containing(start, epoch);
        if (!period.start().equals(start)) {
            throw new IllegalArgumentException("a " + code() + " starts on its first day: " + start
                    + " is inside the " + code() + " that starts on " + period.start()
                    + (this == FORTNIGHT ? " (epoch " + epoch + ")" : ""));
        }
        return period;
    }

    /**
     * A period as operators write it (cli.md): its first day ({@code 2025-12-08}); a month also as {@code 2025-12}.
     */
    public Period parse(String text, LocalDate epoch) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no period given: write its first day (2025-12-08)"
                    + (this == MONTH ? " or the month (2025-12)" : ""));
        }
        try {
            if (this == MONTH && text.length() == 7) {
                return new Period(MONTH, YearMonth.parse(text).atDay(1));
            }
            return starting(LocalDate.parse(text), epoch);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a " + code() + ": write its first day"
                    + (this == MONTH ? " (2025-12-01) or the month (2025-12)" : " (2025-12-08)"));
        }
    }
}
