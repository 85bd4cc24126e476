package com.homeservices.dw.jobs.cli;

import com.homeservices.dw.warehouse.DwClock;
import com.homeservices.dw.etl.customers.PhoneKey;
import com.homeservices.dw.etl.generator.CompanyGenerator;
import com.homeservices.dw.etl.generator.ScaleTier;
import com.homeservices.dw.etl.source.SourceLocation;
import com.homeservices.dw.etl.source.SourcePassword;
import com.homeservices.dw.jobs.chains.ProgressBarDisplay;
import com.homeservices.dw.jobs.chains.ReportChain;
import com.homeservices.dw.jobs.chains.RunContext;
import com.homeservices.dw.jobs.chains.RunHistory;
import com.homeservices.dw.jobs.chains.Status;
import com.homeservices.dw.jobs.chains.Stopwatch;
import com.homeservices.dw.jobs.config.DwConfig;
import com.homeservices.dw.jobs.schedule.DueReports;
import com.homeservices.dw.reports.ReportCatalogue;
import com.homeservices.dw.reports.ReportDefinition;
import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.PrivateFiles;
import com.homeservices.dw.warehouse.period.PeriodKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./dw demo}: a whole company from nothing: generate it as CSV, load it, compute what the reports need, and
 * render every report for its latest complete period (both a week and a month for outlet profitability), in every
 * language and format, under {@code DIR/reports}.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generate a company as CSV under DIR, load it, analyse it, render every report under DIR/reports.")
final class DemoCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--tier", defaultValue = "small", description = "tiny, small, medium or large (default: ${DEFAULT-VALUE}).")
    String tier;

    @Option(names = "--dir", defaultValue = "data/demo", paramLabel = "DIR", description = "Default: ${DEFAULT-VALUE}.")
    Path dir;

    @Option(names = "--seed", defaultValue = "1", description = "Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--until", paramLabel = "DATE", description = "The company's last day, and the reports' periods"
            + " the latest complete on it (default: yesterday).")
    LocalDate until;

    @Override
    public Integer call() {
        ScaleTier scale = ScaleTier.parse(tier);
        DwConfig base = common.config();
        LocalDate yesterday = Periods.yesterday(base.policy().zone());
        if (until != null && until.isAfter(yesterday)) {
            throw new IllegalArgumentException("--until " + until + " has not ended yet: the company's last day is"
                    + " yesterday (" + yesterday + ") or before");
        }
        LocalDate lastDay = until != null ? until : yesterday;

        Path warehouse = dir.resolve("warehouse.duckdb");
        // The demo's own phone key, owner-only beside its warehouse: the first command needs nothing set up.
        Path phoneKey = dir.resolve("phone.key");
        DwConfig config = base.withWarehouse(warehouse).withSource("csv:" + dir.resolve("source"))
                .withReports(base.reports().withFolder(dir.resolve("reports")))
                .withEtl(base.etl().withPhoneKeyFile(phoneKey));
        startAfresh(dir);
        PhoneKey.inFileMadeIfAbsent(phoneKey);

        Stopwatch generateTime = new Stopwatch();
        CompanyGenerator.Summary summary = generateTime.time("generate", () -> GenerateCommand.generate(
                scale, SourceLocation.parse(config.source()), SourcePassword.none(), seed, 0, lastDay,
                ProgressBarDisplay.onStandardError(config.policy().zone())));
        System.out.printf("generated a %s company: %,d rows, %s to %s%n", tier, summary.totalRows(),
                summary.firstDay(), summary.lastDay());

        List<ReportChain.Target> targets = latestComplete(lastDay, config.policy().fortnightEpoch());
        ReportChain.Result result;
        try (RunContext context = new RunContext(config)) {
            result = new ReportChain(config).run(context, SourceLocation.parse(config.source()), targets);
            EtlCommand.print(result.load());
            System.out.println("reports under " + config.reports().folder() + ":");
            result.files().forEach(file -> System.out.println("  " + config.reports().folder().relativize(file)));
            // the demo's reports count as produced: the schedule goes on from them
            RunHistory history = new RunHistory(context.warehouse());
            for (ReportChain.Target target : targets) {
                Path folder = config.reports().folder().resolve(target.report().name()).resolve(target.period().key());
                history.succeeded(history.started(target.report().name(), target.period(), "demo"),
                        (int) result.files().stream().filter(f -> f.startsWith(folder)).count());
            }
            StatusCommand.printNext(Status.next(context.warehouse(), config,
                    DwClock.now(config.policy().zone()), DueReports.of(config)));
        }
        System.out.println("seconds per stage: " + generateTime.summary() + ", " + result.stopwatch().summary());
        return 0;
    }

    /** Every report for its latest period complete on {@code day}, one per kind of period it is made for. */
    static List<ReportChain.Target> latestComplete(LocalDate day, LocalDate epoch) {
        List<ReportChain.Target> targets = new ArrayList<>();
        for (ReportDefinition report : ReportCatalogue.load().reports()) {
            for (PeriodKind kind : report.periodKinds()) {
                targets.add(new ReportChain.Target(report, kind.lastEnded(day, epoch)));
            }
        }
        return targets;
    }

    /** A demo folder holds only what the demo made: its warehouse, job history, source and reports go first. */
    private static void startAfresh(Path dir) {
        try {
            PrivateFiles.folder(dir);
            try (Stream<Path> entries = Files.list(dir)) {
                for (Path entry : entries.toList()) {
                    String name = entry.getFileName().toString();
                    if (name.startsWith("warehouse.duckdb") || name.equals("source") || name.equals("reports")) {
                        try (Stream<Path> tree = Files.walk(entry)) {
                            for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                                Files.delete(p);
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new DwException("cannot prepare the demo folder " + dir + ": " + e.getMessage(), e);
        }
    }
}
