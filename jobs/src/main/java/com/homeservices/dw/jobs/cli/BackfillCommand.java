package com.homeservices.dw.jobs.cli;

import com.homeservices.dw.jobs.chains.ReportChain;
import com.homeservices.dw.jobs.chains.RunContext;
import com.homeservices.dw.jobs.chains.RunHistory;
import com.homeservices.dw.jobs.config.DwConfig;
import com.homeservices.dw.reports.ReportCatalogue;
import com.homeservices.dw.reports.ReportDefinition;
import com.homeservices.dw.reports.ReportRenderer;
import com.homeservices.dw.warehouse.period.Period;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./dw backfill REPORT --from P --to P}: produce a range of past periods, each once. */
@Command(name = "backfill", mixinStandardHelpOptions = true,
        description = "Produce a report for a range of past periods (compute, render, archive), each period once:"
                + " one already produced is skipped unless --again.")
final class BackfillCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "REPORT", description = "The report's name.")
    String name;

    @Option(names = "--from", required = true, paramLabel = "P", description = "The first period, by its first day.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "P", description = "The last period, by its first day.")
    String to;

    @Option(names = "--again", description = "Produce periods already produced again.")
    boolean again;

    @Option(names = "--out", paramLabel = "DIR", description = "The archive folder (default: the configured one).")
    Path out;

    @Override
    public Integer call() {
        DwConfig config = common.config();
        ReportDefinition report = ReportCatalogue.load().named(name);
        Period first = ReportRenderer.period(report, from, config.policy().fortnightEpoch());
        Period last = ReportRenderer.period(report, to, config.policy().fortnightEpoch());
        if (first.kind() != last.kind() || last.start().isBefore(first.start())) {
            throw new IllegalArgumentException("--from " + from + " and --to " + to + " are not a range of "
                    + report.name() + "'s periods");
        }
        config = common.existingWarehouseConfig();
        if (out != null) {
            config = config.withReports(config.reports().withFolder(out));
        }
        try (RunContext context = new RunContext(config)) {
            RunHistory history = new RunHistory(context.warehouse());
            for (Period period = first; !period.start().isAfter(last.start()); period = period.next()) {
                if (!again && history.produced(report.name(), period)) {
                    System.out.println(report.name() + " " + period + ": produced already (--again to redo)");
                    continue;
                }
                List<Path> files = new ReportChain(config).runRecorded(context, history, report, period, "backfill");
                System.out.println(report.name() + " " + period + ": " + files.size() + " files");
            }
        }
        return 0;
    }
}
