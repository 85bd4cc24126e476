package com.homeservices.dw.jobs.cli;

import com.homeservices.dw.jobs.chains.RunContext;
import com.homeservices.dw.jobs.chains.RunHistory;
import com.homeservices.dw.jobs.chains.Status;
import com.homeservices.dw.jobs.config.DwConfig;
import com.homeservices.dw.jobs.schedule.NextFirings;
import com.homeservices.dw.warehouse.Warehouse;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./dw status}: how fresh the data is, the last runs, what is late or failed, and what fires next. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "The data's freshness, the last runs of the report chains, what is late or failed, and the next"
                + " firing of each schedule.")
final class StatusCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--runs", defaultValue = "10", description = "How many of the last runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() {
        DwConfig config = common.existingWarehouseConfig();
        try (RunContext context = new RunContext(config)) {
            print(context.warehouse(), config, runs);
        }
        return 0;
    }

    static void print(Warehouse warehouse, DwConfig config, int runs) {
        Status status = Status.read(warehouse, config, runs);
        System.out.println("data: " + status.freshness());
        System.out.println("paused: " + (status.paused().isEmpty() ? "none" : String.join(", ", status.paused())));
        System.out.println("last runs:" + (status.runs().isEmpty() ? " none" : ""));
        for (RunHistory.Run run : status.runs()) {
            System.out.printf("  %4d %-22s %-10s %-9s %-9s %s%s%n", run.runId(), run.report(), run.period(),
                    run.startedBy(), run.status(), Status.minutes(run.startedAt()),
                    run.message() == null ? "" : "  " + run.message());
        }
        System.out.println("due and not produced (late or waiting for the next look):" + (status.late().isEmpty()
                ? " none" : ""));
        status.late().forEach(d -> System.out.printf("  %-22s %-10s due since %s%n", d.report().name(), d.period(),
                Status.minutes(d.dueAt())));
        System.out.println("deliveries not sent:" + (status.unsent().isEmpty() ? " none" : ""));
        status.unsent().forEach(line -> System.out.println("  " + line));
        printNext(status.next());
    }

    /** The next firing of each schedule. */
    static void printNext(List<NextFirings.Firing> firings) {
        System.out.println("next:");
        for (NextFirings.Firing firing : firings) {
            System.out.printf("  %-22s %-10s %s%n", firing.what(), firing.period() == null ? "" : firing.period(),
                    Status.minutes(firing.at()));
        }
    }
}
