package com.homeservices.dw.jobs.cli;

import com.homeservices.dw.jobs.chains.Analytics;
import com.homeservices.dw.jobs.chains.RunContext;
import com.homeservices.dw.jobs.config.DwConfig;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./dw analyze}: compute the marts with Spark, locally or on a cluster. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Compute the marts (claim totals per fortnight; complaint handling, staff attrition, customer"
                + " segmentation per month; outlet profitability per week and month)"
                + " for every period up to --as-of, or every period holding a day from --from P to --to P.")
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

    @Option(names = "--draft", description = "Also compute the periods that have not ended (their data run to the"
            + " last whole day loaded), marked as drafts: a report of one needs --draft too.")
    boolean draft;

    @Override
    public Integer call() {
        // The arguments first: a wrong one is a usage error (exit 2) whatever the warehouse.
        Analytics.Range given = when != null && when.range != null
                ? new Analytics.Range(Periods.firstDay(when.range.from), Periods.firstDay(when.range.to)) : null;
        DwConfig config = common.existingWarehouseConfig();
        if (master != null) {
            config = config.withSpark(new DwConfig.Spark(master, config.spark().shufflePartitions(),
                    config.spark().applicationJar(), config.spark().exchangeFolder()));
        }
        try (RunContext context = new RunContext(config)) {
            Analytics analytics = new Analytics(context, draft);
            Analytics.Range range;
            if (given != null) {
                range = given;
            } else {
                range = analytics.everythingUpTo(when != null && when.asOf != null ? when.asOf
                        : Periods.yesterday(config.policy().zone()));
            }
            System.out.printf("computing every period holding a day from %s to %s%n", range.from(), range.to());
            LocalDate through = context.warehouse().dataThrough();
            if (draft || !through.isAfter(range.to())) {
                System.out.println(draft ? "  a period ending after " + through + ", the last whole day of data, is"
                        + " computed as a draft" : "  that ended by " + through + ", the last whole day of data (--draft"
                        + " computes the others as drafts)");
            }
            analytics.computeAll(range).forEach((analysis, time) ->
                    System.out.printf("  %-20s %6.1f s%n", analysis, time.toMillis() / 1000.0));
        }
        return 0;
    }
}
