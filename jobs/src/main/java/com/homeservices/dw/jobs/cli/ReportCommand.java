package com.homeservices.dw.jobs.cli;

import com.homeservices.dw.jobs.chains.RunContext;
import com.homeservices.dw.jobs.config.DwConfig;
import com.homeservices.dw.reports.Language;
import com.homeservices.dw.reports.ReportCatalogue;
import com.homeservices.dw.reports.ReportDefinition;
import com.homeservices.dw.reports.ReportFormat;
import com.homeservices.dw.reports.ReportRenderer;
import com.homeservices.dw.reports.Scope;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./dw report NAME --period P}: render one mandated report from the computed marts. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Render one report (reports.md) for a period whose marts were computed (./dw analyze).")
final class ReportCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "NAME", description = "claim-totals, outlet-profitability,"
            + " premium-customers, product-mix, staff-attrition, complaint-handling or attendance-summary.")
    String name;

    @Option(names = "--period", required = true, paramLabel = "P",
            description = "The period by its first day (2025-12-08); a month also as 2025-12.")
    String period;

    @Option(names = "--format", defaultValue = "pdf", description = "pdf, xlsx or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--lang", defaultValue = "en", description = "en or zh (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--scope", paramLabel = "business-unit:CODE|outlet:CODE", description = "Default: the company.")
    String scope;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: the configured reports folder).")
    Path out;

    @Option(names = "--draft", description = "Render a period that had not ended when it was computed, marked"
            + " \"incomplete: data to DATE\" on every page, sheet and CSV row, its files named …_draft.")
    boolean draft;

    @Override
    public Integer call() {
        DwConfig config = common.config();
        // The arguments first: a wrong one is a usage error (exit 2) whatever the warehouse.
        ReportDefinition report = ReportCatalogue.load().named(name);
        ReportRenderer.Request request = new ReportRenderer.Request(report.name(),
                ReportRenderer.period(report, period, config.policy().fortnightEpoch()), Language.parse(lang),
                Scope.parse(scope), ReportFormat.parse(format), out != null ? out : config.reports().folder(), draft);
        common.existingWarehouseConfig();
        try (RunContext context = new RunContext(config)) {
            new ReportRenderer(context.warehouse(), config.reports().pdfRows(), config.reports().access())
                    .render(request)
                    .forEach(System.out::println);
        }
        return 0;
    }
}
