package com.homeservices.dw.warehouse.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FortnightTest {

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
    void containsTheDateOnTheEpochGrid(LocalDate date, LocalDate expectedStart, long expectedIndex) {
        assertThat(Fortnight.containing(date, EPOCH).start()).isEqualTo(expectedStart);
        assertThat(Fortnight.index(date, EPOCH)).isEqualTo(expectedIndex);
    }

    @Test
    void endsThirteenDaysAfterItStartsAndIsDueTheMondayAfter() {
        // 2025-12-01 is 700 = 50 × 14 days after the epoch (2024 has 366 days)
        Fortnight fortnight = Fortnight.starting(LocalDate.of(2025, 12, 1), EPOCH);

        assertThat(fortnight.end()).isEqualTo(LocalDate.of(2025, 12, 14));
        assertThat(fortnight.dueOn()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(fortnight.next().start()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(fortnight.previous().start()).isEqualTo(LocalDate.of(2025, 11, 17));
        assertThat(fortnight.contains(LocalDate.of(2025, 12, 14))).isTrue();
        assertThat(fortnight.contains(LocalDate.of(2025, 12, 15))).isFalse();
        assertThat(fortnight.contains(LocalDate.of(2025, 11, 30))).isFalse();
    }

    @Test
    void refusesADayThatDoesNotStartAFortnight() {
        assertThatThrownBy(() -> Fortnight.starting(LocalDate.of(2025, 12, 8), EPOCH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2025-12-01");
    }
}
