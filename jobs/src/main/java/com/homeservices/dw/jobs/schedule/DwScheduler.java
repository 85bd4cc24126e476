package com.homeservices.dw.jobs.schedule;

import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.period.Period;
import com.homeservices.dw.warehouse.period.PeriodKind;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Properties;
import java.util.TimeZone;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.quartz.CalendarIntervalScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.KeyMatcher;
import org.quartz.listeners.JobListenerSupport;

/**
 * The company's rhythm as Quartz triggers. Claim totals: every other Monday, the day after a fortnight ends, at the
 * configured time in the company's zone. A trigger only starts a report's chain; {@link ChainRunner} does the rest.
 */
public final class DwScheduler implements AutoCloseable {

    static final JobKey CLAIMS = JobKey.jobKey("claim-totals", "chains");

    private final Scheduler scheduler;
    private final ChainRunner runner;

    public DwScheduler(ChainRunner runner) {
        this.runner = runner;
        try {
            Properties properties = new Properties();
            properties.setProperty("org.quartz.scheduler.instanceName", "dw-" + System.nanoTime());
            properties.setProperty("org.quartz.threadPool.threadCount", "1");
            properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
            properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
            scheduler = new StdSchedulerFactory(properties).getScheduler();
            scheduler.getContext().put(ChainRunner.KEY, runner);
        } catch (SchedulerException e) {
            throw new DwException("cannot start the scheduler: " + e.getMessage(), e);
        }
    }

    /** The claims chain every fortnight, first firing on the next due Monday at {@code at}. */
    public Trigger scheduleClaimTotals(LocalTime at, ZonedDateTime now) {
        Trigger trigger = claimTotalsTrigger(runner.fortnightEpoch(), at, now);
        try {
            scheduler.scheduleJob(chainJob(CLAIMS, "claim-totals", PeriodKind.FORTNIGHT), trigger);
            return trigger;
        } catch (SchedulerException e) {
            throw new DwException("cannot schedule the claims chain: " + e.getMessage(), e);
        }
    }

    /**
     * Every 14 days from the first due Monday at or after {@code now}. Starting in the future, with misfires
     * ignored, means a scheduler started late does not fire a backlog of missed fortnights: `./dw backfill` does.
     */
    static Trigger claimTotalsTrigger(LocalDate epoch, LocalTime at, ZonedDateTime now) {
        Period current = PeriodKind.FORTNIGHT.containing(now.toLocalDate(), epoch);
        ZonedDateTime due = current.start().atTime(at).atZone(now.getZone());
        if (due.isBefore(now)) {
            due = current.dueOn().atTime(at).atZone(now.getZone());
        }
        return TriggerBuilder.newTrigger()
                .withIdentity("claim-totals-fortnightly", "chains")
                .startAt(Date.from(due.toInstant()))
                .withSchedule(CalendarIntervalScheduleBuilder.calendarIntervalSchedule()
                        .withIntervalInWeeks(2)
                        .inTimeZone(TimeZone.getTimeZone(now.getZone()))
                        .preserveHourOfDayAcrossDaylightSavings(true)
                        .withMisfireHandlingInstructionDoNothing())
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

    public void start() {
        try {
            scheduler.start();
        } catch (SchedulerException e) {
            throw new DwException("cannot start the scheduler: " + e.getMessage(), e);
        }
    }

    public Date nextFireTime(String triggerName) {
        try {
            Trigger trigger = scheduler.getTrigger(org.quartz.TriggerKey.triggerKey(triggerName, "chains"));
            return trigger == null ? null : trigger.getNextFireTime();
        } catch (SchedulerException e) {
            throw new DwException("cannot read the schedule: " + e.getMessage(), e);
        }
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
