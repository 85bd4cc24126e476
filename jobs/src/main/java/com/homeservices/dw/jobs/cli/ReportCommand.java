package com.homeservices.dw.jobs.cli;

import com.homeservices.dw.jobs.chains.RunContext;
import com.homeservices.dw.jobs.config.DwConfig;
import com.homeservices.dw.reports.Language;
import com.homeservices.dw.reports.ReportFormat;
import com.homeservices.dw.reports.ReportName;
import com.homeservices.dw.reports.ReportRenderer;
import com.homeservices.dw.reports.Scope;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./dw report NAME --period P}: render one mandated report. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Render one report (reports.md) for a period.")
final class ReportCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "NAME", description = "claim-totals")
    String name;

    @Option(names = "--period", required = true, paramLabel = "P", description = "The period, by its first day.")
    String period;

    @Option(names = "--format", defaultValue = "pdf", description = "pdf or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--lang", defaultValue = "en", description = "en or zh (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--scope", paramLabel = "business-unit:CODE|outlet:CODE", description = "Default: the company.")
    String scope;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: the configured reports folder).")
    Path out;

    @Override
    public Integer call() {
        DwConfig config = common.config();
        ReportRenderer.Request request = new ReportRenderer.Request(ReportName.ofCommandName(name),
                Periods.firstDay(period), Language.parse(lang), Scope.parse(scope), ReportFormat.parse(format),
                out != null ? out : config.reports().folder());
        try (RunContext context = new RunContext(config)) {
            System.out.println(new ReportRenderer(context.warehouse()).render(request));
        }
        return 0;
    }
}
