package com.homeservices.dw.jobs.schedule;

import com.homeservices.dw.warehouse.DwClock;
import com.homeservices.dw.jobs.chains.ScheduledWork;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;

/** The two Quartz jobs of the company's rhythm; each starts the scheduled work, nothing more. */
final class RhythmJobs {

    static final String WORK = "scheduledWork";
    static final String ZONE = "zone";

    private RhythmJobs() {
    }

    /** The nightly incremental load. */
    @DisallowConcurrentExecution
    public static final class NightlyLoad implements Job {
        @Override
        public void execute(JobExecutionContext context) throws JobExecutionException {
            try {
                ((ScheduledWork) context.getScheduler().getContext().get(WORK)).nightlyLoad();
            } catch (SchedulerException | RuntimeException e) {
                throw new JobExecutionException(e);
            }
        }
    }

    /** Every hour: every report period that is due by now and whose data is loaded. */
    @DisallowConcurrentExecution
    public static final class ReportsDue implements Job {
        @Override
        public void execute(JobExecutionContext context) throws JobExecutionException {
            try {
                ZoneId zone = (ZoneId) context.getScheduler().getContext().get(ZONE);
                ((ScheduledWork) context.getScheduler().getContext().get(WORK))
                        .reportsDue(DwClock.now(zone));
            } catch (SchedulerException | RuntimeException e) {
                throw new JobExecutionException(e);
            }
        }
    }
}
