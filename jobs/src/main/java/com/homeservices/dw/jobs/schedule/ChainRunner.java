package com.homeservices.dw.jobs.schedule;

import com.homeservices.dw.warehouse.period.Period;
import java.time.LocalDate;
import java.time.ZoneId;

/** Runs a report's chain for a period; what the scheduler calls, and what tests replace to watch the firings. */
public interface ChainRunner {

    String KEY = "chainRunner";

    void run(String report, Period period);

    ZoneId zone();

    LocalDate fortnightEpoch();
}
