package com.homeservices.dw.jobs.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.homeservices.dw.reports.ReportCatalogue;
import com.homeservices.dw.reports.ReportDefinition;
import com.homeservices.dw.warehouse.period.Period;
import com.homeservices.dw.warehouse.period.PeriodKind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The company's rhythm: which report periods are due when, holidays moving a delivery to the next working day. */
class DueReportsTest {

    private static final LocalDate EPOCH = LocalDate.of(2024, 1, 1);
    // 2025-12-15, a Monday, is a holiday; 2026-01-01 too; Sunday 2025-12-28 a make-up working day
    private static final WorkingCalendar CALENDAR = new WorkingCalendar(
            Set.of(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 1, 1)), Set.of(LocalDate.of(2025, 12, 28)));

    private final ReportDefinition claims = ReportCatalogue.load().named("claim-totals");
    private final ReportDefinition profitability = ReportCatalogue.load().named("outlet-profitability");
    private final DueReports due = new DueReports(List.of(claims, profitability), CALENDAR, LocalTime.of(6, 0), EPOCH);

    @Test
    void workingDaysAreWeekdaysLessHolidaysPlusMakeUpDays() {
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2025, 12, 12))).isTrue();    // a Friday
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2025, 12, 13))).isFalse();   // a Saturday
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2025, 12, 15))).isFalse();   // the holiday Monday
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2025, 12, 28))).isTrue();    // the make-up Sunday
        assertThat(CALENDAR.onOrAfter(LocalDate.of(2025, 12, 31))).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(CALENDAR.onOrAfter(LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2026, 1, 2));
    }

    @Test
    void aPeriodIsDueTheWorkingDayAfterItEndsAtTheConfiguredTime() {
        // the fortnight 2025-12-01 … 12-14 ends the day before the holiday: due on Tuesday the 16th
        assertThat(due.dueAt(PeriodKind.FORTNIGHT.parse("2025-12-01", EPOCH)))
                .isEqualTo(LocalDateTime.of(2025, 12, 16, 6, 0));
        // December's reports fall on New Year's Day: due on the 2nd
        assertThat(due.dueAt(Period.month(2025, 12))).isEqualTo(LocalDateTime.of(2026, 1, 2, 6, 0));
        // a month ending on a Friday: due on Monday (a Saturday is not a working day)
        assertThat(due.dueAt(Period.month(2026, 1))).isEqualTo(LocalDateTime.of(2026, 2, 2, 6, 0));
    }

    @Test
    void beforeTheHourNothingNewIsDueAndAfterItEachPeriodOnce() {
        DueReports.Produced upToDate = (report, kind) -> Optional.of(switch (kind) {
            case FORTNIGHT -> PeriodKind.FORTNIGHT.parse("2025-11-17", EPOCH);
            case WEEK -> PeriodKind.WEEK.parse("2025-12-01", EPOCH);
            case MONTH -> Period.month(2025, 11);
        });

        // Tuesday 16 December, 05:59: the holiday moved the fortnight's and the week's delivery to 06:00 today
        assertThat(due.at(LocalDateTime.of(2025, 12, 16, 5, 59), upToDate)).isEmpty();
        assertThat(due.at(LocalDateTime.of(2025, 12, 16, 6, 0), upToDate))
                .extracting(d -> d.report().name() + " " + d.period())
                .containsExactly("claim-totals 2025-12-01", "outlet-profitability 2025-12-08");
    }

    @Test
    void afterDowntimeEveryMissedPeriodIsDueOnceOldestFirst() {
        DueReports.Produced lastBeforeDowntime = (report, kind) -> Optional.of(switch (kind) {
            case FORTNIGHT -> PeriodKind.FORTNIGHT.parse("2025-11-03", EPOCH);
            case WEEK -> PeriodKind.WEEK.parse("2025-11-24", EPOCH);
            case MONTH -> Period.month(2025, 10);
        });

        assertThat(due.at(LocalDateTime.of(2025, 12, 23, 8, 0), lastBeforeDowntime))
                .extracting(d -> d.report().name() + " " + d.period() + " due " + d.dueAt().toLocalDate())
                .containsExactly(
                        "outlet-profitability 2025-11 due 2025-12-01",
                        "claim-totals 2025-11-17 due 2025-12-01",
                        "outlet-profitability 2025-12-01 due 2025-12-08",
                        "claim-totals 2025-12-01 due 2025-12-16",
                        "outlet-profitability 2025-12-08 due 2025-12-16",
                        "outlet-profitability 2025-12-15 due 2025-12-22");
    }

    @Test
    void aReportNeverProducedStartsWithItsLatestDuePeriod() {
        assertThat(due.at(LocalDateTime.of(2025, 12, 23, 8, 0), (report, kind) -> Optional.empty()))
                .extracting(d -> d.report().name() + " " + d.period())
                .containsExactly("outlet-profitability 2025-11", "claim-totals 2025-12-01",
                        "outlet-profitability 2025-12-15");
    }
}
