package com.homeservices.dw.bench;

import com.homeservices.dw.jobs.chains.Analytics;
import com.homeservices.dw.jobs.chains.RunContext;
import com.homeservices.dw.jobs.chains.Stopwatch;
import com.homeservices.dw.jobs.config.DwConfig;
import com.homeservices.dw.warehouse.Progress;
import com.homeservices.dw.warehouse.marts.Analyses;
import com.homeservices.dw.warehouse.marts.Analysis;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The scheduler's case of one period's refresh: the same range recomputed again and again in one JVM that keeps its
 * Spark session, as {@code ./dw schedule} keeps it between chains. Prints one line per run: its seconds, then each
 * analysis's. Started by {@link AnalyticsBenchmark} in a JVM of its own with the scheduler's flags.
 *
 * <p>Arguments: {@code WAREHOUSE FROM TO RUNS [ANALYSIS,…]} (default: every analysis).
 */
public final class WarmRefresh {

    private WarmRefresh() {
    }

    public static void main(String[] args) {
        DwConfig config = DwConfig.defaults().withWarehouse(Path.of(args[0]));
        Analytics.Range range = new Analytics.Range(LocalDate.parse(args[1]), LocalDate.parse(args[2]));
        int runs = Integer.parseInt(args[3]);
        try (RunContext.KeptSpark spark = new RunContext.KeptSpark(config)) {
            for (int run = 1; run <= runs; run++) {
                long start = System.nanoTime();
                Stopwatch stages;
                try (RunContext context = new RunContext(config, Progress.NONE, spark)) {
                    Analytics analytics = new Analytics(context);
                    List<Analysis> chosen = args.length > 4
                            ? Analyses.named(analytics.all(), List.of(args[4].split(","))) : analytics.all();
                    stages = analytics.compute(chosen.stream().map(a -> new Analytics.Work(a, range)).toList());
                }
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9));
                stages.forEach((stage, took) -> line.append(String.format(Locale.ROOT, "|%s %.1f s", stage,
                        took.toMillis() / 1000.0)));
                System.out.println(line);
            }
        }
    }
}
