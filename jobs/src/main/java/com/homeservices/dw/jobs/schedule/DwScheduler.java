package com.homeservices.dw.jobs.schedule;

import com.homeservices.dw.jobs.chains.ScheduledWork;
import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.period.Period;
import com.homeservices.dw.warehouse.period.PeriodKind;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.KeyMatcher;
import org.quartz.listeners.JobListenerSupport;

/**
 * The company's rhythm as Quartz triggers: the nightly load and the hourly look for due reports, in the company's
 * zone. A trigger only starts the scheduled work ({@link ScheduledWork}) or a report's chain ({@link ChainRunner}).
 */
public final class DwScheduler implements AutoCloseable {

    static final JobKey NIGHTLY_LOAD = JobKey.jobKey("nightly-load", "rhythm");
    static final JobKey REPORTS_DUE = JobKey.jobKey("reports-due", "rhythm");

    private final Scheduler scheduler;
    private final ChainRunner runner;

    /** A scheduler whose triggers live in memory: the one-shot form, the demo, a single scheduler. */
    public DwScheduler(ChainRunner runner) {
        this(runner, null, null);
    }

    /**
     * @param jobStore a PostgreSQL database (jdbc:postgresql://…) for Quartz's clustered job store: schedulers in
     *                 several processes on it fire each trigger once between them; null keeps the triggers in memory
     * @param password the job store's password, or null
     */
    public DwScheduler(ChainRunner runner, String jobStore, String password) {
        this.runner = runner;
        try {
            Properties properties = new Properties();
            properties.setProperty("org.quartz.threadPool.threadCount", "1");
            properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
            if (jobStore == null) {
                properties.setProperty("org.quartz.scheduler.instanceName", "dw-" + System.nanoTime());
                properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
            } else {
                QuartzTables.ensure(jobStore, password);
                properties.setProperty("org.quartz.scheduler.instanceName", "dw");
                properties.setProperty("org.quartz.scheduler.instanceId", "AUTO");
                properties.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
                properties.setProperty("org.quartz.jobStore.driverDelegateClass",
                        "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
                properties.setProperty("org.quartz.jobStore.dataSource", "dw");
                properties.setProperty("org.quartz.jobStore.tablePrefix", "qrtz_");
                properties.setProperty("org.quartz.jobStore.isClustered", "true");
                properties.setProperty("org.quartz.jobStore.clusterCheckinInterval", "2000");
                properties.setProperty("org.quartz.dataSource.dw.provider", "hikaricp");
                properties.setProperty("org.quartz.dataSource.dw.driver", "org.postgresql.Driver");
                properties.setProperty("org.quartz.dataSource.dw.URL", jobStore);
                properties.setProperty("org.quartz.dataSource.dw.maxConnections", "3");
                if (password != null) {
                    properties.setProperty("org.quartz.dataSource.dw.password", password);
                }
            }
            scheduler = new StdSchedulerFactory(properties).getScheduler();
            scheduler.getContext().put(ChainRunner.KEY, runner);
        } catch (SchedulerException e) {
            throw new DwException("cannot start the scheduler: " + e.getMessage(), e);
        }
    }

    /**
     * The company's rhythm: the nightly load at {@code loadAt}, and every hour on the hour the reports that are due
     * (each from its delivery day's configured time, after its data has loaded), company time. A firing missed
     * while the scheduler was down fires once when it starts again; the run history, not the trigger, decides
     * which periods that produces, so each missed period is produced once.
     */
    public void scheduleRhythm(ScheduledWork work, LocalTime loadAt, ZoneId zone) {
        try {
            scheduler.getContext().put(RhythmJobs.WORK, work);
            scheduler.getContext().put(RhythmJobs.ZONE, zone);
            // replaced at each start: a job store kept in a database holds the previous start's triggers
            scheduler.scheduleJob(JobBuilder.newJob(RhythmJobs.NightlyLoad.class).withIdentity(NIGHTLY_LOAD).build(),
                    Set.of(nightlyLoadTrigger(loadAt, zone)), true);
            scheduler.scheduleJob(JobBuilder.newJob(RhythmJobs.ReportsDue.class).withIdentity(REPORTS_DUE).build(),
                    Set.of(reportsDueTrigger(zone)), true);
            // a look at start, so what fell due while the scheduler was down goes out now, not at the next hour
            scheduler.scheduleJob(TriggerBuilder.newTrigger().forJob(REPORTS_DUE)
                    .withIdentity("at-start-" + scheduler.getSchedulerInstanceId(), "rhythm").startNow().build());
        } catch (SchedulerException e) {
            throw new DwException("cannot schedule the company's rhythm: " + e.getMessage(), e);
        }
    }

    static Trigger nightlyLoadTrigger(LocalTime at, ZoneId zone) {
        return TriggerBuilder.newTrigger().withIdentity(NIGHTLY_LOAD.getName(), "rhythm")
                .withSchedule(CronScheduleBuilder.dailyAtHourAndMinute(at.getHour(), at.getMinute())
                        .inTimeZone(TimeZone.getTimeZone(zone)).withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    static Trigger reportsDueTrigger(ZoneId zone) {
        return TriggerBuilder.newTrigger().withIdentity(REPORTS_DUE.getName(), "rhythm")
                .withSchedule(CronScheduleBuilder.cronSchedule("0 0 * * * ?")
                        .inTimeZone(TimeZone.getTimeZone(zone)).withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    /**
     * Fires {@code chain} (a report's name) once, now, for {@code period}, through the same Quartz job as the
     * schedule, and returns when it has run; a failed chain's error is thrown here.
     */
    public void runOnce(String chain, Period period) {
        String name = "once-" + chain + "-" + System.nanoTime();
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<JobExecutionException> failure = new AtomicReference<>();
        try {
            scheduler.getListenerManager().addJobListener(new JobListenerSupport() {
                @Override
                public String getName() {
                    return name;
                }

                @Override
                public void jobWasExecuted(JobExecutionContext context, JobExecutionException error) {
                    failure.set(error);
                    done.countDown();
                }
            }, KeyMatcher.keyEquals(JobKey.jobKey(name, "once")));
            scheduler.scheduleJob(chainJob(JobKey.jobKey(name, "once"), chain, period.kind()), TriggerBuilder.newTrigger()
                    .withIdentity(name, "once").usingJobData(ChainJob.PERIOD_START, period.start().toString())
                    .startNow().build());
            start();
            done.await();
        } catch (SchedulerException e) {
            throw new DwException("cannot run the " + chain + " chain: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DwException("interrupted while the " + chain + " chain ran", e);
        }
        if (failure.get() != null) {
            Throwable cause = failure.get().getCause();
            while (cause != null && !(cause instanceof DwException) && cause.getCause() != null) {
                cause = cause.getCause();
            }
            throw cause instanceof DwException dw ? dw
                    : new DwException("the " + chain + " chain failed: " + failure.get().getMessage(), failure.get());
        }
    }

    /** The Quartz scheduler itself, for a test that schedules a probe job of its own. */
    Scheduler quartz() {
        return scheduler;
    }

    public void start() {
        try {
            scheduler.start();
        } catch (SchedulerException e) {
            throw new DwException("cannot start the scheduler: " + e.getMessage(), e);
        }
    }

    /** The next firing of each trigger of the rhythm, by its name. */
    public Map<String, Date> nextFireTimes() {
        Map<String, Date> next = new LinkedHashMap<>();
        try {
            for (JobKey job : List.of(NIGHTLY_LOAD, REPORTS_DUE)) {
                Trigger trigger = scheduler.getTrigger(TriggerKey.triggerKey(job.getName(), "rhythm"));
                if (trigger != null) {
                    next.put(job.getName(), trigger.getNextFireTime());
                }
            }
        } catch (SchedulerException e) {
            throw new DwException("cannot read the schedule: " + e.getMessage(), e);
        }
        return next;
    }

    private static JobDetail chainJob(JobKey key, String report, PeriodKind kind) {
        return JobBuilder.newJob(ChainJob.class).withIdentity(key).usingJobData(ChainJob.REPORT, report)
                .usingJobData(ChainJob.PERIOD_KIND, kind.code()).build();
    }

    @Override
    public void close() {
        try {
            scheduler.shutdown(true);
        } catch (SchedulerException e) {
            throw new DwException("cannot stop the scheduler: " + e.getMessage(), e);
        }
    }
}
