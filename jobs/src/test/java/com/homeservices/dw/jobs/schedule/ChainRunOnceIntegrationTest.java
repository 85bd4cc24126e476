package com.homeservices.dw.jobs.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.period.Period;
import com.homeservices.dw.warehouse.period.PeriodKind;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one-shot form goes through a real Quartz scheduler and the same job as the fortnightly trigger. */
class ChainRunOnceIntegrationTest {

    private final List<String> ran = new ArrayList<>();

    private final ChainRunner recording = ChainRunner.of(ZoneId.of("Asia/Shanghai"), LocalDate.of(2024, 1, 1),
            (chain, fortnight) -> {
                if (chain.equals("broken")) {
                    throw new DwException("the source is unreachable");
                }
                ran.add(chain + " " + fortnight + " on " + Thread.currentThread().getName());
            });

    @Test
    void runsTheChainOnAQuartzWorkerAndWaitsForIt() {
        try (DwScheduler scheduler = new DwScheduler(recording)) {
            scheduler.runOnce("claim-totals", new Period(PeriodKind.FORTNIGHT, LocalDate.of(2026, 11, 2)));
        }

        assertThat(ran).singleElement().asString().startsWith("claim-totals 2026-11-02 on dw-").contains("_Worker-");
    }

    @Test
    void aFailedChainEndsWithItsOwnSentence() {
        try (DwScheduler scheduler = new DwScheduler(recording)) {
            assertThatThrownBy(() -> scheduler.runOnce("broken", new Period(PeriodKind.FORTNIGHT, LocalDate.of(2026, 11, 2))))
                    .isInstanceOf(DwException.class)
                    .hasMessage("the source is unreachable");
        }
    }
}
