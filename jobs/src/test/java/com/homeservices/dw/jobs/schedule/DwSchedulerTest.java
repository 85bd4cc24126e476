package com.homeservices.dw.jobs.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quartz.Trigger;
import org.quartz.spi.OperableTrigger;

/** The fortnightly trigger fires on the Monday after each fortnight ends (epoch 2024-01-01), at 06:00 Shanghai time. */
class DwSchedulerTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate EPOCH = LocalDate.of(2024, 1, 1);

    @Test
    void midFortnightItFirstFiresTheMondayAfterTheFortnightEnds() {
        // 2026-11-23 is inside the fortnight 2026-11-16 … 11-29, which is due on 2026-11-30.
        assertThat(firings(ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, SHANGHAI), 3)).containsExactly(
                "2026-11-30T06:00+08:00[Asia/Shanghai]",
                "2026-12-14T06:00+08:00[Asia/Shanghai]",
                "2026-12-28T06:00+08:00[Asia/Shanghai]");
    }

    @Test
    void onADueMondayBeforeTheHourItFiresThatDay() {
        assertThat(firings(ZonedDateTime.of(2026, 11, 30, 5, 59, 0, 0, SHANGHAI), 1))
                .containsExactly("2026-11-30T06:00+08:00[Asia/Shanghai]");
    }

    @Test
    void onADueMondayAfterTheHourItWaitsForTheNextFortnightNotABacklog() {
        assertThat(firings(ZonedDateTime.of(2026, 11, 30, 6, 1, 0, 0, SHANGHAI), 1))
                .containsExactly("2026-12-14T06:00+08:00[Asia/Shanghai]");
    }

    private static List<String> firings(ZonedDateTime now, int count) {
        Trigger trigger = DwScheduler.claimTotalsTrigger(EPOCH, LocalTime.of(6, 0), now);
        OperableTrigger operable = (OperableTrigger) trigger;
        List<String> times = new ArrayList<>();
        Date after = Date.from(now.toInstant());
        for (int i = 0; i < count; i++) {
            Date next = operable.getFireTimeAfter(after);
            times.add(next.toInstant().atZone(SHANGHAI).toString());
            after = next;
        }
        return times;
    }
}
