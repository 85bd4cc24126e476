package com.homeservices.dw.jobs.cli;

import com.homeservices.dw.warehouse.DwClock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Periods as operators write them: a period by its first day ({@code 2025-12-08}), a month as {@code 2025-12}. */
final class Periods {

    private Periods() {
    }

    static LocalDate firstDay(String text) {
        try {
            if (text.length() == 7) {
                return YearMonth.parse(text).atDay(1);
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a period: write its first day (2025-12-08) or a month (2025-12)");
        }
    }

    static LocalDate yesterday(ZoneId zone) {
        return DwClock.yesterday(zone);
    }
}
