package com.homeservices.dw.warehouse.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The three kinds of period of metrics.md: containment, parsing, neighbours, labels. */
class PeriodTest {

    private static final LocalDate EPOCH = LocalDate.of(2024, 1, 1);

    @ParameterizedTest(name = "{0} is in the fortnight starting {1}")
    @CsvSource({
            "2024-01-01, 2024-01-01, 0",    // the epoch itself
            "2024-01-14, 2024-01-01, 0",    // last day of fortnight 0
            "2024-01-15, 2024-01-15, 1",    // first day of fortnight 1
            "2024-02-29, 2024-02-26, 4",    // leap day: 59 days after the epoch, 59 div 14 = 4
            "2023-12-31, 2023-12-18, -1",   // the day before the epoch is in fortnight -1, not 0
            "2023-12-18, 2023-12-18, -1",   // first day of fortnight -1
            "2023-12-17, 2023-12-04, -2",   // last day of fortnight -2
    })
    void fortnightsLieOnTheEpochGrid(LocalDate date, LocalDate expectedStart, long expectedIndex) {
        assertThat(PeriodKind.FORTNIGHT.containing(date, EPOCH).start()).isEqualTo(expectedStart);
        assertThat(Fortnight.startOf(date, EPOCH)).isEqualTo(expectedStart);
        assertThat(Fortnight.index(date, EPOCH)).isEqualTo(expectedIndex);
    }

    @ParameterizedTest(name = "{1} {0} starts {2} and ends {3}")
    @CsvSource({
            "2025-12-31, WEEK, 2025-12-29, 2026-01-04",       // an ISO week across the year's end
            "2025-12-29, WEEK, 2025-12-29, 2026-01-04",       // its Monday
            "2026-01-04, WEEK, 2025-12-29, 2026-01-04",       // its Sunday
            "2024-02-29, MONTH, 2024-02-01, 2024-02-29",      // a leap February
            "2025-02-01, MONTH, 2025-02-01, 2025-02-28",
            "2025-12-14, FORTNIGHT, 2025-12-01, 2025-12-14",  // 700 = 50 × 14 days after the epoch
    })
    void eachKindContainsItsDays(LocalDate date, PeriodKind kind, LocalDate start, LocalDate end) {
        Period period = kind.containing(date, EPOCH);

        assertThat(period.start()).isEqualTo(start);
        assertThat(period.end()).isEqualTo(end);
        assertThat(period.contains(start)).isTrue();
        assertThat(period.contains(end)).isTrue();
        assertThat(period.contains(start.minusDays(1))).isFalse();
        assertThat(period.contains(end.plusDays(1))).isFalse();
        assertThat(period.next().start()).isEqualTo(end.plusDays(1));
        assertThat(period.previous().end()).isEqualTo(start.minusDays(1));
        assertThat(period.dueOn()).isEqualTo(end.plusDays(1));
    }

    @Test
    void operatorsWriteAPeriodByItsFirstDayAndAMonthAlsoAsYearAndMonth() {
        assertThat(PeriodKind.MONTH.parse("2025-12", EPOCH)).isEqualTo(Period.month(2025, 12));
        assertThat(PeriodKind.MONTH.parse("2025-12-01", EPOCH)).isEqualTo(Period.month(2025, 12));
        assertThat(PeriodKind.WEEK.parse("2025-12-08", EPOCH).end()).isEqualTo(LocalDate.of(2025, 12, 14));
        assertThat(PeriodKind.FORTNIGHT.parse("2025-12-01", EPOCH).end()).isEqualTo(LocalDate.of(2025, 12, 14));
    }

    @Test
    void aDayInsideAPeriodOrNoDateAtAllIsOneClearSentence() {
        assertThatThrownBy(() -> PeriodKind.FORTNIGHT.parse("2025-12-08", EPOCH))
                .hasMessage("a fortnight starts on its first day: 2025-12-08 is inside the fortnight that starts on"
                        + " 2025-12-01 (epoch 2024-01-01)");
        assertThatThrownBy(() -> PeriodKind.WEEK.parse("2025-12-10", EPOCH))
                .hasMessage("a week starts on its first day: 2025-12-10 is inside the week that starts on 2025-12-08");
        assertThatThrownBy(() -> PeriodKind.MONTH.parse("2025-12-02", EPOCH))
                .hasMessage("a month starts on its first day: 2025-12-02 is inside the month that starts on 2025-12-01");
        assertThatThrownBy(() -> PeriodKind.MONTH.parse("December", EPOCH))
                .hasMessage("'December' is not a month: write its first day (2025-12-01) or the month (2025-12)");
        assertThatThrownBy(() -> PeriodKind.WEEK.parse("2025-13-01", EPOCH))
                .hasMessage("'2025-13-01' is not a week: write its first day (2025-12-08)");
    }

    @Test
    void theLatestCompletePeriodEndsOnOrBeforeTheDay() {
        LocalDate sunday = LocalDate.of(2025, 12, 14);

        assertThat(PeriodKind.FORTNIGHT.lastEnded(sunday, EPOCH).start()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(PeriodKind.FORTNIGHT.lastEnded(sunday.minusDays(1), EPOCH).start())
                .isEqualTo(LocalDate.of(2025, 11, 17));
        assertThat(PeriodKind.WEEK.lastEnded(sunday, EPOCH).start()).isEqualTo(LocalDate.of(2025, 12, 8));
        assertThat(PeriodKind.MONTH.lastEnded(sunday, EPOCH)).isEqualTo(Period.month(2025, 11));
        assertThat(PeriodKind.MONTH.lastEnded(LocalDate.of(2025, 11, 30), EPOCH)).isEqualTo(Period.month(2025, 11));
    }

    @Test
    void keysAndLabelsAsFilesAndReadersSeeThem() {
        assertThat(Period.month(2025, 12).key()).isEqualTo("2025-12");
        assertThat(Period.month(2025, 12).label()).isEqualTo("2025-12");
        assertThat(PeriodKind.WEEK.parse("2025-12-29", EPOCH).label()).isEqualTo("2026-W01 (2025-12-29 – 2026-01-04)");
        assertThat(PeriodKind.FORTNIGHT.parse("2025-12-01", EPOCH).label()).isEqualTo("2025-12-01 – 2025-12-14");
        assertThat(PeriodKind.FORTNIGHT.parse("2025-12-01", EPOCH).key()).isEqualTo("2025-12-01");
    }

    @Test
    void aPeriodKnowsHowManyPeriodsBackItsTrendStarts() {
        Period month = Period.month(2026, 3);

        assertThat(month.plus(-11)).isEqualTo(Period.month(2025, 4));
        assertThat(PeriodKind.FORTNIGHT.parse("2024-01-01", EPOCH).plus(-1).start()).isEqualTo(LocalDate.of(2023, 12, 18));
        assertThat(month.days()).isEqualTo(31);
    }
}
