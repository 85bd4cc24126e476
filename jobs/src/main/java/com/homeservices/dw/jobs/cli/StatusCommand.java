package com.homeservices.dw.jobs.cli;

import com.homeservices.dw.jobs.chains.RunContext;
import com.homeservices.dw.jobs.chains.RunHistory;
import com.homeservices.dw.jobs.config.DwConfig;
import com.homeservices.dw.jobs.delivery.Deliveries;
import com.homeservices.dw.jobs.schedule.DueReports;
import com.homeservices.dw.jobs.schedule.NextFirings;
import com.homeservices.dw.warehouse.Warehouse;
import java.time.LocalDateTime;
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
        LocalDateTime now = LocalDateTime.now(config.policy().zone());
        System.out.println("data: " + freshness(warehouse));
        RunHistory history = new RunHistory(warehouse);
        List<String> paused = history.pausedNames();
        System.out.println("paused: " + (paused.isEmpty() ? "none" : String.join(", ", paused)));
        List<RunHistory.Run> last = history.last(runs);
        System.out.println("last runs:" + (last.isEmpty() ? " none" : ""));
        for (RunHistory.Run run : last) {
            System.out.printf("  %4d %-22s %-10s %-9s %-9s %s%s%n", run.runId(), run.report(), run.period(),
                    run.startedBy(), run.status(), minutes(run.startedAt()),
                    run.message() == null ? "" : "  " + run.message());
        }
        DueReports due = DueReports.of(config);
        List<DueReports.Due> pending = due.at(now, history::latestProduced);
        System.out.println("due and not produced (late or waiting for the next look):" + (pending.isEmpty() ? " none"
                : ""));
        pending.forEach(d -> System.out.printf("  %-22s %-10s due since %s%n", d.report().name(), d.period(),
                minutes(d.dueAt())));
        List<String> unsent = Deliveries.unsent(warehouse);
        System.out.println("deliveries not sent:" + (unsent.isEmpty() ? " none" : ""));
        unsent.forEach(line -> System.out.println("  " + line));
        printNext(warehouse, config, now, due);
    }

    /** The next firing of each schedule. */
    static void printNext(Warehouse warehouse, DwConfig config, LocalDateTime now, DueReports due) {
        RunHistory history = new RunHistory(warehouse);
        System.out.println("next:");
        for (NextFirings.Firing firing : NextFirings.after(now, config.schedule().nightlyLoadAt(), due,
                history::latestProduced)) {
            System.out.printf("  %-22s %-10s %s%n", firing.what(), firing.period() == null ? "" : firing.period(),
                    minutes(firing.at()));
        }
    }

    private static String freshness(Warehouse warehouse) {
        String sql = "select max(started_at), max(newest_source_updated_at) from etl_run where status = 'completed'";
        try (var s = warehouse.connection().createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            LocalDateTime load = rs.getObject(1, LocalDateTime.class);
            LocalDateTime newest = rs.getObject(2, LocalDateTime.class);
            return load == null ? "never loaded" : "last load began " + minutes(load) + ", newest row changed "
                    + minutes(newest);
        } catch (java.sql.SQLException e) {
            throw new com.homeservices.dw.warehouse.DwException("cannot read the loads: "
                    + Warehouse.firstLine(e.getMessage()), e);
        }
    }

    private static String minutes(LocalDateTime time) {
        return time == null ? "–" : time.toString().replace('T', ' ').substring(0, Math.min(16, time.toString().length()));
    }
}
