package com.homeservices.dw.jobs.chains;

import com.homeservices.dw.etl.load.LoadResult;
import com.homeservices.dw.etl.source.SourceLocation;
import com.homeservices.dw.jobs.config.DwConfig;
import com.homeservices.dw.reports.Language;
import com.homeservices.dw.reports.ReportFormat;
import com.homeservices.dw.reports.ReportName;
import com.homeservices.dw.reports.ReportRenderer;
import com.homeservices.dw.reports.Scope;
import com.homeservices.dw.warehouse.period.Fortnight;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The fortnightly claims chain: load the source, compute the claim totals up to the fortnight, render the Claim
 * Totals report for it in every configured language and format.
 */
public final class ClaimsChain {

    public static final String NAME = "claims";

    /** What a run did: the load's accounting, the fortnight reported, the files written, seconds per stage. */
    public record Result(LoadResult load, Fortnight fortnight, List<Path> reports, Stopwatch stopwatch) {
    }

    private final DwConfig config;

    public ClaimsChain(DwConfig config) {
        this.config = config;
    }

    public Result run(SourceLocation source, Fortnight fortnight) {
        return run(source, fortnight, false);
    }

    /**
     * @param everyAnalysis compute every mart up to the fortnight's end (the demo), not only the claim totals the
     *                      report needs (the fortnightly schedule)
     */
    public Result run(SourceLocation source, Fortnight fortnight, boolean everyAnalysis) {
        Stopwatch stopwatch = new Stopwatch();
        try (RunContext context = new RunContext(config)) {
            LoadResult load = stopwatch.time("load", () -> context.loadJob().run(source));
            stopwatch.time("compute", () -> {
                Analytics analytics = new Analytics(context);
                Analytics.Range range = analytics.everythingUpTo(fortnight.end());
                if (everyAnalysis) {
                    analytics.computeAll(range);
                } else {
                    analytics.claimTotals(range);
                }
            });
            List<Path> reports = stopwatch.time("render", () -> render(context, fortnight));
            return new Result(load, fortnight, reports, stopwatch);
        }
    }

    private List<Path> render(RunContext context, Fortnight fortnight) {
        ReportRenderer renderer = new ReportRenderer(context.warehouse());
        Path folder = config.reports().folder().resolve(ReportName.CLAIM_TOTALS.commandName())
                .resolve(fortnight.start().toString());
        List<Path> files = new ArrayList<>();
        for (String format : config.reports().formats()) {
            // A CSV holds codes and numbers only: one file serves every language.
            List<String> languages = ReportFormat.parse(format) == ReportFormat.CSV
                    ? config.reports().languages().subList(0, 1) : config.reports().languages();
            for (String language : languages) {
                files.add(renderer.render(new ReportRenderer.Request(ReportName.CLAIM_TOTALS, fortnight.start(),
                        Language.parse(language), Scope.COMPANY, ReportFormat.parse(format), folder)));
            }
        }
        return files;
    }
}
