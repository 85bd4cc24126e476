package com.homeservices.dw.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** DW_CLOCK as the operator writes it: a day (starting at 10:00) or a day and time; anything else one sentence. */
class DwClockTest {

    @Test
    void aDayStartsAtTenAndADayAndTimeWhereItSays() {
        assertThat(DwClock.start("2026-12-31")).isEqualTo(LocalDateTime.of(2026, 12, 31, 10, 0));
        assertThat(DwClock.start("2027-01-01T00:05")).isEqualTo(LocalDateTime.of(2027, 1, 1, 0, 5));
        assertThat(DwClock.start(null)).isNull();
        assertThat(DwClock.start(" ")).isNull();
    }

    @Test
    void aValueItCannotReadIsOneSentence() {
        assertThatThrownBy(() -> DwClock.start("31.12.2026"))
                .isInstanceOf(DwException.class)
                .hasMessage("DW_CLOCK is '31.12.2026': write a day (2026-12-31) or a day and time (2026-12-31T23:30),"
                        + " or unset it");
    }
}
