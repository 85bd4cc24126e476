package com.homeservices.dw.jobs.cli;

import com.homeservices.dw.etl.generator.CompanyGenerator;
import com.homeservices.dw.etl.generator.ScaleTier;
import com.homeservices.dw.etl.source.SourceLocation;
import com.homeservices.dw.etl.source.SourcePassword;
import com.homeservices.dw.jobs.chains.ClaimsChain;
import com.homeservices.dw.jobs.chains.Stopwatch;
import com.homeservices.dw.jobs.config.DwConfig;
import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.period.Fortnight;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./dw demo}: a whole company from nothing: generate it as CSV, load it, compute, and render the reports of
 * the last fortnight that has ended, under {@code DIR/reports}.
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

    @Override
    public Integer call() {
        DwConfig base = common.config();
        Path warehouse = dir.resolve("warehouse.duckdb");
        DwConfig config = new DwConfig(warehouse, "csv:" + dir.resolve("source"), base.policy(), base.etl(),
                base.spark(), new DwConfig.Reports(dir.resolve("reports"), base.reports().languages(),
                base.reports().formats()), base.schedule());
        startAfresh(dir);
        LocalDate yesterday = Periods.yesterday(config.policy().zone());
        Fortnight fortnight = lastEnded(yesterday, config.policy().fortnightEpoch());

        Stopwatch generateTime = new Stopwatch();
        CompanyGenerator.Summary summary = generateTime.time("generate", () -> GenerateCommand.generate(
                ScaleTier.parse(tier), SourceLocation.parse(config.source()), SourcePassword.none(), seed, 0, yesterday));
        System.out.printf("generated a %s company: %,d rows, %s to %s%n", tier, summary.totalRows(),
                summary.firstDay(), summary.lastDay());

        ClaimsChain.Result result = new ClaimsChain(config).run(SourceLocation.parse(config.source()), fortnight, true);
        EtlCommand.print(result.load());
        System.out.println("reports for the fortnight " + fortnight + " – " + fortnight.end() + ":");
        result.reports().forEach(file -> System.out.println("  " + file));
        System.out.println("seconds per stage: " + generateTime.summary() + ", " + result.stopwatch().summary());
        return 0;
    }

    /** The newest fortnight whose last day is on or before {@code day}. */
    static Fortnight lastEnded(LocalDate day, LocalDate epoch) {
        Fortnight fortnight = Fortnight.containing(day, epoch);
        return fortnight.end().isAfter(day) ? fortnight.previous() : fortnight;
    }

    /** A demo folder holds only what the demo made: its warehouse, job history, source and reports go first. */
    private static void startAfresh(Path dir) {
        try {
            Files.createDirectories(dir);
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
