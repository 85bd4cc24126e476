package com.homeservices.dw.warehouse;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The program's one clock: what "now", "today" and "yesterday" are for every command, the scheduler and the run
 * history. It is the system's clock unless the environment variable {@code DW_CLOCK} sets another day (and time),
 * {@code 2026-12-31} or {@code 2026-12-31T23:30}, read in the company's zone: the clock then starts there and runs on.
 * That is how the calendar is tried (the test suite on the 1st, the 7th, the last day of a month, a year's end: README
 * "Trying the calendar"); an operator never needs it.
 */
public final class DwClock {

    /** The variable that moves the clock. */
    public static final String VARIABLE = "DW_CLOCK";
    /** A day given without a time starts at this time of day. */
    private static final int DEFAULT_HOUR = 10;

    private static final long STARTED_NANOS = System.nanoTime();
    private static final Clock SYSTEM = Clock.systemUTC();

    private DwClock() {
    }

    /** The clock in {@code zone}: the system's, or {@code DW_CLOCK}'s start plus the time this process has run. */
    public static Clock in(ZoneId zone) {
        LocalDateTime start = start(System.getenv(VARIABLE));
        if (start == null) {
            return SYSTEM.withZone(zone);
        }
        Duration shift = Duration.between(LocalDateTime.now(SYSTEM.withZone(zone)),
                start.plusNanos(System.nanoTime() - STARTED_NANOS));
        return Clock.offset(SYSTEM.withZone(zone), shift);
    }

    public static LocalDateTime now(ZoneId zone) {
        return LocalDateTime.now(in(zone));
    }

    public static LocalDate today(ZoneId zone) {
        return LocalDate.now(in(zone));
    }

    /** The last whole day before today: what "up to yesterday" means everywhere. */
    public static LocalDate yesterday(ZoneId zone) {
        return today(zone).minusDays(1);
    }

    /** {@code DW_CLOCK}'s start, or null when it is not set; a value it cannot read is one sentence. */
    static LocalDateTime start(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atTime(DEFAULT_HOUR, 0) : LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new DwException(VARIABLE + " is '" + value + "': write a day (2026-12-31) or a day and time"
                    + " (2026-12-31T23:30), or unset it");
        }
    }
}
