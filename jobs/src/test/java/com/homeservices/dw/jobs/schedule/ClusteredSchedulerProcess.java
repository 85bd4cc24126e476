package com.homeservices.dw.jobs.schedule;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.TriggerBuilder;

/**
 * One scheduler process on the shared PostgreSQL job store, as a second machine would run it: it schedules a probe
 * to fire at a given moment (the first process to schedule it wins; the other finds it there), runs until after it,
 * and the probe notes which instance fired.
 */
final class ClusteredSchedulerProcess {

    private ClusteredSchedulerProcess() {
    }

    /** @param args the job store's URL, the moment to fire (epoch milliseconds) */
    public static void main(String[] args) throws Exception {
        long fireAt = Long.parseLong(args[1]);
        ChainRunner idle = ChainRunner.of(ZoneId.of("Asia/Shanghai"), LocalDate.of(2024, 1, 1), (report, period) -> { });
        try (DwScheduler scheduler = new DwScheduler(idle, args[0], null)) {
            try {
                scheduler.quartz().scheduleJob(JobBuilder.newJob(Probe.class).withIdentity("probe", "test")
                        .usingJobData("url", args[0]).build(), TriggerBuilder.newTrigger()
                        .withIdentity("probe", "test").startAt(new Date(fireAt)).build());
            } catch (ObjectAlreadyExistsException e) {
                // the other process scheduled it first: one trigger, two schedulers
            }
            scheduler.start();
            System.out.println("started " + scheduler.quartz().getSchedulerInstanceId());
            System.out.flush();
            Thread.sleep(Math.max(0, fireAt - System.currentTimeMillis()) + 6000);
        }
    }

    /** Notes the instance that fired it. */
    public static final class Probe implements Job {
        @Override
        public void execute(JobExecutionContext context) throws JobExecutionException {
            try (Connection connection = DriverManager.getConnection(context.getMergedJobDataMap().getString("url"));
                 PreparedStatement insert = connection.prepareStatement("insert into probe values (?)")) {
                insert.setString(1, context.getScheduler().getSchedulerInstanceId());
                insert.executeUpdate();
            } catch (Exception e) {
                throw new JobExecutionException(e);
            }
        }
    }
}
