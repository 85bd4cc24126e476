package com.homeservices.dw.jobs.cli;

import com.homeservices.dw.warehouse.DwClock;
import com.homeservices.dw.etl.source.SourceLocation;
import com.homeservices.dw.etl.source.SourcePassword;
import com.homeservices.dw.jobs.chains.ProgressLines;
import com.homeservices.dw.jobs.chains.ReportChain;
import com.homeservices.dw.jobs.chains.RunContext;
import com.homeservices.dw.jobs.chains.ScheduledWork;
import com.homeservices.dw.jobs.config.DwConfig;
import com.homeservices.dw.jobs.delivery.Deliveries;
import com.homeservices.dw.jobs.delivery.Mailer;
import com.homeservices.dw.jobs.schedule.ChainRunner;
import com.homeservices.dw.jobs.schedule.DueReports;
import com.homeservices.dw.jobs.schedule.DwScheduler;
import com.homeservices.dw.reports.ReportCatalogue;
import com.homeservices.dw.reports.ReportDefinition;
import com.homeservices.dw.reports.ReportRenderer;
import com.homeservices.dw.reports.Scope;
import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.period.Period;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./dw schedule}: run the company's rhythm in the foreground, or one report's chain once with --once. */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        subcommands = {ScheduleControl.Pause.class, ScheduleControl.Resume.class, ScheduleControl.Restart.class},
        description = "Run the scheduler in the foreground (the nightly load, every report as it falls due), or one"
                + " report's chain now with --once.")
final class ScheduleCommand implements Callable<Integer> {

    /** Where the SMTP login's password comes from, unless mail.passwordFile names an owner-only file. */
    static final String SMTP_PASSWORD = "DW_SMTP_PASSWORD";
    /** Where the job store's password comes from (schedule.jobStore). */
    static final String JOB_STORE_PASSWORD = "DW_JOBSTORE_PASSWORD";

    @Mixin
    CommonOptions common;

    @Option(names = "--from", paramLabel = "csv:DIR|jdbc:URL", description = "The source (default: the configured source).")
    String from;

    @Option(names = "--once", paramLabel = "REPORT", description = "Run this report's chain once, now, and exit.")
    String once;

    @Option(names = "--period", paramLabel = "P",
            description = "With --once: the period (default: the latest complete one of the report's first kind).")
    String period;

    /** The nightly load and the reports as they fall due, each chain in a context that holds the warehouse. */
    static ScheduledWork scheduledWork(DwConfig config, SourceLocation location, RunContext.KeptSpark spark) {
        DueReports due = DueReports.of(config);
        // one log, one stamp: the scheduler's own lines and its chains' steps alike
        ProgressLines log = new ProgressLines(System.out, DwClock.in(config.policy().zone()));
        Optional<Mailer> mailer = config.mail().enabled() ? Optional.of(new Mailer(config.mail(),
                SourcePassword.resolve(System.getenv(), config.mail().passwordFile(), SMTP_PASSWORD).value()))
                : Optional.empty();
        Optional<Deliveries> deliveries = mailer.map(m -> new Deliveries(config, m,
                () -> DwClock.now(config.policy().zone()), log));
        return new ScheduledWork(due, () -> new RunContext(config, log, spark), context -> context.loadJob().run(location),
                (context, report, period) -> {
                    List<Path> files = new ReportChain(config).run(context, null,
                            List.of(new ReportChain.Target(report, period))).files();
                    deliveries.ifPresent(d -> d.deliver(context, report, period));
                    return files;
                },
                context -> deliveries.ifPresent(d -> d.retry(context)),
                (subject, body) -> alert(mailer, config.mail().operators(), subject, body, log), log);
    }

    /** Mails the operators; an alert that cannot be sent is logged, never thrown over the work it reports. */
    private static void alert(Optional<Mailer> mailer, List<String> operators, String subject, String body,
                              Consumer<String> log) {
        log.accept(subject);
        for (String operator : operators) {
            mailer.ifPresent(m -> {
                try {
                    m.send(operator, subject, body, List.of());
                } catch (jakarta.mail.MessagingException | RuntimeException e) {
                    log.accept("cannot alert " + operator + ": " + e.getMessage());
                }
            });
        }
    }

    /** Every recipient's reports exist and may be cut to their scope: a wrong one is found at start, not at 6 a.m. */
    static void checkRecipients(DwConfig config) {
        for (DwConfig.Recipient recipient : config.recipients()) {
            Scope scope = recipient.readerScope();
            for (String name : recipient.reports()) {
                ReportDefinition report = ReportCatalogue.load().named(name);
                if (!report.allowsScope(scope.kind())) {
                    throw new IllegalArgumentException("recipient " + recipient.id() + ": " + name + " cannot be cut to "
                            + recipient.scope());
                }
            }
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        DwConfig config = common.config();
        String source = from != null ? from : config.source();
        if (source == null) {
            throw new DwException("no source to load: give --from csv:DIR|jdbc:URL or set 'source' in the configuration file");
        }
        SourceLocation location = SourceLocation.parse(source);
        LocalDate epoch = config.policy().fortnightEpoch();
        // The arguments first (a wrong one is exit 2), then what a load will need.
        ReportDefinition onceReport = once == null ? null : ReportCatalogue.load().named(once);
        Period chosen = onceReport == null ? null : period != null ? ReportRenderer.period(onceReport, period, epoch)
                : onceReport.periodKinds().get(0).lastEnded(Periods.yesterday(config.policy().zone()), epoch);
        // Every load needs the phone key: without one the scheduler says so now, not at its first night.
        config.etl().phoneKey();
        checkRecipients(config);
        ChainRunner runner = ChainRunner.of(config.policy().zone(), epoch, (report, period) -> {
            ReportChain.Result result = new ReportChain(config).run(location,
                    List.of(new ReportChain.Target(ReportCatalogue.load().named(report), period)));
            System.out.println(report + " for " + period + ": " + result.files().size() + " files, "
                    + result.stopwatch().summary());
        });
        if (onceReport != null) {
            // the one-shot form runs here and now, never on another process of a shared job store
            try (DwScheduler scheduler = new DwScheduler(runner)) {
                scheduler.runOnce(onceReport.name(), chosen);
                return 0;
            }
        }
        String jobStorePassword = SourcePassword.resolve(System.getenv(), null, JOB_STORE_PASSWORD).value();
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        // the JVM ends once its hooks return: this one waits until the running chain has finished
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            awaitQuietly(stopped);
        }));
        try {
            try (RunContext.KeptSpark spark = new RunContext.KeptSpark(config);
                 DwScheduler scheduler = new DwScheduler(runner, config.schedule().jobStore(), jobStorePassword)) {
                ScheduledWork work = scheduledWork(config, location, spark);
                scheduler.scheduleRhythm(work, config.schedule().nightlyLoadAt(), config.policy().zone());
                scheduler.start();
                System.out.println("scheduler running (Ctrl-C to stop); next:");
                scheduler.nextFireTimes().forEach((trigger, at) -> System.out.println("  " + trigger + " "
                        + at.toInstant().atZone(config.policy().zone()).toLocalDateTime().toString().replace('T', ' ')));
                stop.await();
                work.stop();
                System.out.println("stopping: nothing new starts; the running step ends first");
            }
            System.out.println("scheduler stopped");
        } finally {
            stopped.countDown();
        }
        return 0;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
