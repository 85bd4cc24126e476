package com.homeservices.dw.etl.generator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * The Spring Festival (春节) shapes the year: demand for cleaning peaks in the weeks before it, the festival week is
 * quiet, and some service staff who go home for it do not come back.
 */
final class SpringFestival {

    /** Lunar new year's day, by year. */
    private static final Map<Integer, LocalDate> NEW_YEAR = Map.ofEntries(
            Map.entry(2019, LocalDate.of(2019, 2, 5)), Map.entry(2020, LocalDate.of(2020, 1, 25)),
            Map.entry(2021, LocalDate.of(2021, 2, 12)), Map.entry(2022, LocalDate.of(2022, 2, 1)),
            Map.entry(2023, LocalDate.of(2023, 1, 22)), Map.entry(2024, LocalDate.of(2024, 2, 10)),
            Map.entry(2025, LocalDate.of(2025, 1, 29)), Map.entry(2026, LocalDate.of(2026, 2, 17)),
            Map.entry(2027, LocalDate.of(2027, 2, 6)), Map.entry(2028, LocalDate.of(2028, 1, 26)),
            Map.entry(2029, LocalDate.of(2029, 2, 13)), Map.entry(2030, LocalDate.of(2030, 2, 3)));

    private SpringFestival() {
    }

    static LocalDate newYear(int year) {
        LocalDate day = NEW_YEAR.get(year);
        // Outside the table, mid-February is close enough for demand shaping.
        return day != null ? day : LocalDate.of(year, 2, 10);
    }

    /** Relative demand on a day: the three weeks before the festival ×1.8, its week ×0.35, the fortnight after ×0.75. */
    static double demandFactor(LocalDate day) {
        LocalDate festival = newYear(day.getYear() + (day.getMonthValue() >= 11 ? 1 : 0));
        long until = ChronoUnit.DAYS.between(day, festival);
        if (until > 0 && until <= 21) {
            return 1.8;
        }
        if (until <= 0 && until > -7) {
            return 0.35;
        }
        if (until <= -7 && until > -21) {
            return 0.75;
        }
        return 1.0;
    }
}
