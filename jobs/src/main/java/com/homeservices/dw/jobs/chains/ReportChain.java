package com.homeservices.dw.jobs.chains;

import com.homeservices.dw.etl.load.LoadResult;
import com.homeservices.dw.etl.source.SourceLocation;
import com.homeservices.dw.jobs.config.DwConfig;
import com.homeservices.dw.reports.Language;
import com.homeservices.dw.reports.ReportDefinition;
import com.homeservices.dw.reports.ReportFormat;
import com.homeservices.dw.reports.ReportRenderer;
import com.homeservices.dw.reports.Scope;
import com.homeservices.dw.warehouse.marts.Analyses;
import com.homeservices.dw.warehouse.marts.Analysis;
import com.homeservices.dw.warehouse.period.Period;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one chain every report runs through: load the source, compute the analyses the reports need for the periods
 * they show (their own and a chart's trailing ones, not the whole history), render each report in every configured
 * language and format into the archive folder {@code <reports>/<name>/<period>/}.
 */
public final class ReportChain {

    /** A report for one of its periods. */
    public record Target(ReportDefinition report, Period period) {
    }

    /** What a run did: the load's accounting (null when nothing was loaded), the files written, seconds per stage. */
    public record Result(LoadResult load, List<Path> files, Stopwatch stopwatch) {
    }

    private final DwConfig config;

    public ReportChain(DwConfig config) {
        this.config = config;
    }

    /** @param source the source to load first, or null to report on the warehouse as it is */
    public Result run(SourceLocation source, List<Target> targets) {
        try (RunContext context = new RunContext(config)) {
            return run(context, source, targets);
        }
    }

    /** As {@link #run(SourceLocation, List)}, in a context the caller holds (the scheduler's). */
    public Result run(RunContext context, SourceLocation source, List<Target> targets) {
        Stopwatch stopwatch = new Stopwatch();
        LoadResult load = source == null ? null : stopwatch.time("load", () -> context.loadJob().run(source));
        stopwatch.time("compute", () -> {
            // the analyses' names and marts are enough to tell which are fresh; Spark starts only for the others
            List<Analytics.Work> stale = FreshMarts.stale(context.warehouse(),
                    work(Analyses.all(context.warehouse(), null, context.workFolder()), targets), context.progress());
            if (!stale.isEmpty()) {
                Analytics analytics = new Analytics(context);
                List<Analysis> all = analytics.all();
                analytics.compute(stale.stream().map(w -> new Analytics.Work(
                        Analyses.named(all, List.of(w.analysis().name())).get(0), w.range())).toList());
            }
        });
        List<Path> files = stopwatch.time("render", () -> render(context, targets));
        return new Result(load, files, stopwatch);
    }

    /**
     * One report period, its run recorded in the run history ({@code startedBy}: backfill, restart, …): the files,
     * or the failure thrown after it is recorded.
     */
    public List<Path> runRecorded(RunContext context, RunHistory history, ReportDefinition report, Period period,
                                  String startedBy) {
        long run = history.started(report.name(), period, startedBy);
        try {
            List<Path> files = run(context, null, List.of(new Target(report, period))).files();
            history.succeeded(run, files.size());
            return files;
        } catch (RuntimeException e) {
            history.ended(run, "failed", e.getMessage());
            throw e;
        }
    }

    /** Each analysis the targets need, over the days of every period they show. */
    static List<Analytics.Work> work(List<Analysis> analyses, List<Target> targets) {
        Map<String, Analytics.Range> ranges = new LinkedHashMap<>();
        for (Target target : targets) {
            Period first = target.period().plus(-(target.report().periodsShown() - 1));
            Analytics.Range shown = new Analytics.Range(first.start(), target.period().end());
            for (String name : target.report().analyses()) {
                ranges.merge(name, shown, Analytics.Range::span);
            }
        }
        List<Analytics.Work> work = new ArrayList<>();
        for (Analysis analysis : analyses) {
            Analytics.Range range = ranges.remove(analysis.name());
            if (range != null) {
                work.add(new Analytics.Work(analysis, range));
            }
        }
        if (!ranges.isEmpty()) {
            throw new IllegalStateException("a report names an analysis that does not exist: " + ranges.keySet());
        }
        return work;
    }

    private List<Path> render(RunContext context, List<Target> targets) {
        ReportRenderer renderer = new ReportRenderer(context.warehouse(), config.reports().pdfRows(),
                config.reports().access());
        List<Path> files = new ArrayList<>();
        for (Target target : targets) {
            Path folder = config.reports().folder().resolve(target.report().name()).resolve(target.period().key());
            for (String formatCode : config.reports().formats()) {
                ReportFormat format = ReportFormat.parse(formatCode);
                // The XLSX and the CSV hold codes and numbers only: one file serves every language.
                List<String> languages = format.perLanguage() ? config.reports().languages()
                        : config.reports().languages().subList(0, 1);
                for (String language : languages) {
                    files.addAll(renderer.render(new ReportRenderer.Request(target.report().name(), target.period(),
                            Language.parse(language), Scope.COMPANY, format, folder)));
                }
            }
        }
        return files;
    }
}
