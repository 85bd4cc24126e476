package com.homeservices.dw.jobs.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quartz.Trigger;
import org.quartz.spi.OperableTrigger;

/** The rhythm's triggers fire in the company's zone: the load nightly, the look for due reports every hour. */
class DwSchedulerTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void theNightlyLoadFiresAtItsHourCompanyTimeEveryDay() {
        Trigger trigger = DwScheduler.nightlyLoadTrigger(LocalTime.of(2, 0), SHANGHAI);

        assertThat(firings(trigger, ZonedDateTime.of(2026, 11, 30, 1, 59, 0, 0, SHANGHAI), 3)).containsExactly(
                "2026-11-30T02:00+08:00[Asia/Shanghai]", "2026-12-01T02:00+08:00[Asia/Shanghai]",
                "2026-12-02T02:00+08:00[Asia/Shanghai]");
    }

    @Test
    void dueReportsAreLookedForOnTheHour() {
        Trigger trigger = DwScheduler.reportsDueTrigger(SHANGHAI);

        assertThat(firings(trigger, ZonedDateTime.of(2026, 11, 30, 5, 30, 0, 0, SHANGHAI), 2)).containsExactly(
                "2026-11-30T06:00+08:00[Asia/Shanghai]", "2026-11-30T07:00+08:00[Asia/Shanghai]");
    }

    private static List<String> firings(Trigger trigger, ZonedDateTime now, int count) {
        OperableTrigger operable = (OperableTrigger) trigger;
        operable.setStartTime(Date.from(now.toInstant()));   // as if scheduled then, not when the test runs
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
