package com.homeservices.dw.jobs.schedule;

import com.homeservices.dw.warehouse.period.Fortnight;
import java.time.LocalDate;
import java.time.ZoneId;

/** Runs a named chain for a period; what the scheduler calls, and what tests replace to watch the firings. */
public interface ChainRunner {

    String KEY = "chainRunner";

    void run(String chain, Fortnight fortnight);

    ZoneId zone();

    LocalDate fortnightEpoch();
}
