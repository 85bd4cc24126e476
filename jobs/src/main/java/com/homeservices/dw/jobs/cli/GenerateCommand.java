package com.homeservices.dw.jobs.cli;

import com.homeservices.dw.etl.generator.CompanyGenerator;
import com.homeservices.dw.etl.generator.CsvSourceWriter;
import com.homeservices.dw.etl.generator.JdbcSourceWriter;
import com.homeservices.dw.etl.generator.ScaleTier;
import com.homeservices.dw.etl.generator.SourceWriter;
import com.homeservices.dw.etl.source.SourceLocation;
import com.homeservices.dw.etl.source.SourcePassword;
import com.homeservices.dw.jobs.chains.ProgressBarDisplay;
import com.homeservices.dw.jobs.config.DwConfig;
import com.homeservices.dw.warehouse.Progress;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./dw generate}: write a realistic company to a CSV folder or an operational database. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a realistic company (tiny, small, medium, large) to csv:DIR or jdbc:URL.")
final class GenerateCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--tier", required = true, paramLabel = "T", description = "tiny, small, medium or large.")
    String tier;

    @Option(names = "--to", required = true, paramLabel = "csv:DIR|jdbc:URL", description = "Where to write it.")
    String to;

    @Option(names = "--seed", defaultValue = "1", description = "Same seed, same company (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--dirty", defaultValue = "0", paramLabel = "RATE",
            description = "Share of rows to spoil on purpose, e.g. 0.01 (default: ${DEFAULT-VALUE}).")
    double dirty;

    @Option(names = "--until", paramLabel = "DATE", description = "The history's last day (default: yesterday).")
    LocalDate until;

    @Override
    public Integer call() {
        DwConfig config = common.config();
        CompanyGenerator.Summary summary = generate(ScaleTier.parse(tier), SourceLocation.parse(to),
                SourcePassword.resolve(System.getenv(), config.etl().passwordFile()), seed, dirty,
                until != null ? until : Periods.yesterday(config.policy().zone()),
                ProgressBarDisplay.onStandardError(config.policy().zone()));
        System.out.printf("generated %,d rows (%,d spoiled on purpose), %s to %s%n", summary.totalRows(),
                summary.spoiled().size(), summary.firstDay(), summary.lastDay());
        return 0;
    }

    static CompanyGenerator.Summary generate(ScaleTier tier, SourceLocation target, SourcePassword password,
                                             long seed, double dirty, LocalDate until, Progress progress) {
        try (SourceWriter writer = target instanceof SourceLocation.Csv csv ? new CsvSourceWriter(csv.folder())
                : new JdbcSourceWriter(((SourceLocation.Jdbc) target).url(), password)) {
            return new CompanyGenerator(new CompanyGenerator.Settings(tier, seed, dirty, until),
                    progress).generate(writer);
        }
    }
}
