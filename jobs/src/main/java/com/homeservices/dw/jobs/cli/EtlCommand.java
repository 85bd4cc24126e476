package com.homeservices.dw.jobs.cli;

import com.homeservices.dw.etl.load.LoadResult;
import com.homeservices.dw.etl.load.TableCounts;
import com.homeservices.dw.etl.source.SourceLocation;
import com.homeservices.dw.jobs.chains.RunContext;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./dw etl}: load a source into the warehouse and account for every row. */
@Command(name = "etl", mixinStandardHelpOptions = true,
        description = "Load csv:DIR or jdbc:URL into the warehouse; print extracted / loaded / rejected per table.")
final class EtlCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--from", required = true, paramLabel = "csv:DIR|jdbc:URL", description = "The source.")
    String from;

    @Override
    public Integer call() {
        try (RunContext context = new RunContext(common.config())) {
            print(context.loadJob().run(SourceLocation.parse(from)));
        }
        return 0;
    }

    static void print(LoadResult result) {
        System.out.printf("run %d from %s%n", result.runId(), result.source());
        System.out.printf("  %-16s %12s %12s %12s %12s %12s%n", "table", "extracted", "inserted", "updated",
                "unchanged", "rejected");
        for (TableCounts t : result.tables()) {
            System.out.printf("  %-16s %,12d %,12d %,12d %,12d %,12d%n", t.table(), t.extracted(), t.inserted(),
                    t.updated(), t.unchanged(), t.rejected());
        }
    }
}
