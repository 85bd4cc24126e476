package com.homeservices.dw.jobs.schedule;

import com.homeservices.dw.warehouse.period.Period;
import com.homeservices.dw.warehouse.period.PeriodKind;
import java.time.LocalDate;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;

/**
 * The one Quartz job: starts a report's chain for the period that ended just before it fired. It holds no business
 * rule; the chain does the work.
 */
@DisallowConcurrentExecution
public final class ChainJob implements Job {

    static final String REPORT = "report";
    static final String PERIOD_KIND = "periodKind";
    /** Set on a one-shot trigger: the period's first day, instead of the period that just ended. */
    static final String PERIOD_START = "periodStart";

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            ChainRunner runner = (ChainRunner) context.getScheduler().getContext().get(ChainRunner.KEY);
            JobDataMap data = context.getMergedJobDataMap();
            PeriodKind kind = PeriodKind.ofCode(data.getString(PERIOD_KIND));
            String given = data.getString(PERIOD_START);
            Period period;
            if (given != null) {
                period = new Period(kind, LocalDate.parse(given));
            } else {
                LocalDate fired = context.getScheduledFireTime().toInstant().atZone(runner.zone()).toLocalDate();
                // Fired on the day after a period ends: the period is the one that held the day before.
                period = kind.containing(fired.minusDays(1), runner.fortnightEpoch());
            }
            runner.run(data.getString(REPORT), period);
        } catch (SchedulerException | RuntimeException e) {
            throw new JobExecutionException(e);
        }
    }
}
