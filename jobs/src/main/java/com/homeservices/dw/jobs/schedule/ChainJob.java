package com.homeservices.dw.jobs.schedule;

import com.homeservices.dw.warehouse.period.Fortnight;
import java.time.LocalDate;
import java.time.ZoneId;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;

/**
 * The one Quartz job: starts the named chain for the period that ended just before it fired. It holds no business
 * rule; the chain does the work.
 */
@DisallowConcurrentExecution
public final class ChainJob implements Job {

    static final String CHAIN = "chain";
    /** Set on a one-shot trigger: the fortnight to run for, instead of the one that just ended. */
    static final String FORTNIGHT = "fortnight";

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            ChainRunner runner = (ChainRunner) context.getScheduler().getContext().get(ChainRunner.KEY);
            String given = context.getMergedJobDataMap().getString(FORTNIGHT);
            Fortnight fortnight;
            if (given != null) {
                fortnight = new Fortnight(LocalDate.parse(given));
            } else {
                ZoneId zone = runner.zone();
                LocalDate fired = context.getScheduledFireTime().toInstant().atZone(zone).toLocalDate();
                // Fired on the Monday after a fortnight ends: the fortnight is the one that held yesterday.
                fortnight = Fortnight.containing(fired.minusDays(1), runner.fortnightEpoch());
            }
            runner.run(context.getMergedJobDataMap().getString(CHAIN), fortnight);
        } catch (SchedulerException | RuntimeException e) {
            throw new JobExecutionException(e);
        }
    }
}
