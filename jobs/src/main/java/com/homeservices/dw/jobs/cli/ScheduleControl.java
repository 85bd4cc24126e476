package com.homeservices.dw.jobs.cli;

import com.homeservices.dw.jobs.chains.ReportChain;
import com.homeservices.dw.jobs.chains.RunContext;
import com.homeservices.dw.jobs.chains.RunHistory;
import com.homeservices.dw.jobs.config.DwConfig;
import com.homeservices.dw.reports.ReportCatalogue;
import com.homeservices.dw.reports.ReportDefinition;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code ./dw schedule pause|resume|restart}, from another shell while the scheduler runs: they write the warehouse's
 * run history, which the scheduler reads at each look (waiting, if the scheduler is writing, as every command does).
 */
final class ScheduleControl {

    private ScheduleControl() {
    }

    /** A schedule's name as the commands take it: a report, {@code nightly-load}, or none for all of them. */
    static String scheduleName(String name) {
        if (name == null) {
            return RunHistory.ALL;
        }
        if (!name.equals(RunHistory.NIGHTLY_LOAD)) {
            ReportCatalogue.load().named(name);
        }
        return name;
    }

    /** Pause and resume: one schedule's name (or none, all of them) written to the run history. */
    abstract static class Toggle implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "A report or nightly-load.")
        String name;

        abstract void apply(RunHistory history, String schedule);

        abstract String done();

        @Override
        public Integer call() {
            String schedule = scheduleName(name);
            try (RunContext context = new RunContext(common.existingWarehouseConfig())) {
                apply(new RunHistory(context.warehouse()), schedule);
            }
            System.out.println(done() + ": " + schedule);
            return 0;
        }
    }

    @Command(name = "pause", mixinStandardHelpOptions = true,
            description = "Pause a report's schedule, the nightly load, or (without a name) all of them; what falls"
                    + " due meanwhile is produced once resumed.")
    static final class Pause extends Toggle {
        @Override
        void apply(RunHistory history, String schedule) {
            history.pause(schedule);
        }

        @Override
        String done() {
            return "paused";
        }
    }

    @Command(name = "resume", mixinStandardHelpOptions = true,
            description = "Resume a paused schedule, or (without a name) every one.")
    static final class Resume extends Toggle {
        @Override
        void apply(RunHistory history, String schedule) {
            history.resume(schedule);
        }

        @Override
        String done() {
            return "resumed";
        }
    }

    @Command(name = "restart", mixinStandardHelpOptions = true,
            description = "Run a failed or late run's report for its period again, now (./dw status shows run ids).")
    static final class Restart implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Parameters(index = "0", paramLabel = "RUN", description = "The run's id.")
        long runId;

        @Override
        public Integer call() {
            DwConfig config = common.existingWarehouseConfig();
            try (RunContext context = new RunContext(config)) {
                RunHistory history = new RunHistory(context.warehouse());
                RunHistory.Run run = history.run(runId).orElseThrow(() -> new IllegalArgumentException(
                        "there is no run " + runId + ": ./dw status lists the last runs"));
                if (!run.status().equals("failed") && !run.status().equals("late")) {
                    throw new IllegalArgumentException("run " + runId + " " + run.status() + "; only a failed or late"
                            + " run is restarted");
                }
                ReportDefinition report = ReportCatalogue.load().named(run.report());
                List<Path> files = new ReportChain(config).runRecorded(context, history, report, run.period(),
                        "restart");
                System.out.println(report.name() + " " + run.period() + ": " + files.size() + " files");
            }
            return 0;
        }
    }
}
