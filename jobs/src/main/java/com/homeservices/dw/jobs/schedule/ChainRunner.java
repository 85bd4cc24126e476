package com.homeservices.dw.jobs.schedule;

import com.homeservices.dw.warehouse.period.Period;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.BiConsumer;

/** Runs a report's chain for a period; what the scheduler calls, and what tests replace to watch the firings. */
public interface ChainRunner {

    String KEY = "chainRunner";

    void run(String report, Period period);

    ZoneId zone();

    LocalDate fortnightEpoch();

    /** A runner that hands each firing to {@code run}, in the company's {@code zone} and fortnights from {@code epoch}. */
    static ChainRunner of(ZoneId zone, LocalDate epoch, BiConsumer<String, Period> run) {
        return new ChainRunner() {
            @Override
            public void run(String report, Period period) {
                run.accept(report, period);
            }

            @Override
            public ZoneId zone() {
                return zone;
            }

            @Override
            public LocalDate fortnightEpoch() {
                return epoch;
            }
        };
    }
}
