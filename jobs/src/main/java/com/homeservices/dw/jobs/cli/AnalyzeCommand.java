package com.homeservices.dw.jobs.cli;

import com.homeservices.dw.jobs.chains.Analytics;
import com.homeservices.dw.jobs.chains.RunContext;
import com.homeservices.dw.jobs.config.DwConfig;
import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.period.Fortnight;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./dw analyze}: compute the marts with Spark, locally or on a cluster. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Compute the marts (claim totals per fortnight) for every period up to --as-of, or --from P --to P.")
final class AnalyzeCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @ArgGroup(exclusive = true)
    When when;

    static final class When {
        @Option(names = "--as-of", paramLabel = "DATE", description = "Every period up to this day (default: yesterday).")
        LocalDate asOf;

        @ArgGroup(exclusive = false)
        Range range;
    }

    static final class Range {
        @Option(names = "--from", required = true, paramLabel = "P", description = "First period, by its first day.")
        String from;

        @Option(names = "--to", required = true, paramLabel = "P", description = "Last period, by its first day.")
        String to;
    }

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: local[*]).")
    String master;

    @Override
    public Integer call() {
        DwConfig config = common.config();
        if (master != null) {
            config = new DwConfig(config.warehouse(), config.source(), config.policy(), config.etl(),
                    new DwConfig.Spark(master, config.spark().shufflePartitions(), config.spark().applicationJar()),
                    config.reports(), config.schedule());
        }
        try (RunContext context = new RunContext(config)) {
            Analytics analytics = new Analytics(context);
            Analytics.Range range;
            if (when != null && when.range != null) {
                LocalDate epoch = config.policy().fortnightEpoch();
                try {
                    range = new Analytics.Range(Fortnight.starting(Periods.firstDay(when.range.from), epoch),
                            Fortnight.starting(Periods.firstDay(when.range.to), epoch));
                } catch (IllegalArgumentException e) {
                    throw new DwException(e.getMessage(), e);
                }
            } else {
                range = analytics.everythingUpTo(when != null && when.asOf != null ? when.asOf
                        : Periods.yesterday(config.policy().zone()));
            }
            long start = System.nanoTime();
            analytics.compute(range);
            System.out.printf("claim totals computed for the fortnights %s to %s in %.1f s%n", range.first(),
                    range.last(), (System.nanoTime() - start) / 1e9);
        }
        return 0;
    }
}
