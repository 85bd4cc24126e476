package com.homeservices.dw.jobs.cli;

import com.homeservices.dw.etl.source.SourceLocation;
import com.homeservices.dw.jobs.chains.ClaimsChain;
import com.homeservices.dw.jobs.config.DwConfig;
import com.homeservices.dw.jobs.schedule.ChainRunner;
import com.homeservices.dw.jobs.schedule.DwScheduler;
import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.period.Fortnight;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./dw schedule}: run the company's rhythm in the foreground, or one chain once with --once. */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = "Run the scheduler in the foreground (claims chain every fortnight), or one chain now with --once.")
final class ScheduleCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--from", paramLabel = "csv:DIR|jdbc:URL", description = "The source (default: the configured source).")
    String from;

    @Option(names = "--once", paramLabel = "CHAIN", description = "Run this chain (claims) once, now, and exit.")
    String once;

    @Option(names = "--period", paramLabel = "P", description = "With --once: the fortnight (default: the last ended).")
    String period;

    @Override
    public Integer call() throws InterruptedException {
        DwConfig config = common.config();
        String source = from != null ? from : config.source();
        if (source == null) {
            throw new DwException("no source to load: give --from csv:DIR|jdbc:URL or set 'source' in the configuration file");
        }
        SourceLocation location = SourceLocation.parse(source);
        ChainRunner runner = new ChainRunner() {
            @Override
            public void run(String chain, Fortnight fortnight) {
                if (!ClaimsChain.NAME.equals(chain)) {
                    throw new DwException("unknown chain '" + chain + "': the chains are " + ClaimsChain.NAME);
                }
                ClaimsChain.Result result = new ClaimsChain(config).run(location, fortnight);
                System.out.println("claims chain for " + fortnight + ": " + result.reports().size() + " reports, "
                        + result.stopwatch().summary());
            }

            @Override
            public ZoneId zone() {
                return config.policy().zone();
            }

            @Override
            public LocalDate fortnightEpoch() {
                return config.policy().fortnightEpoch();
            }
        };
        try (DwScheduler scheduler = new DwScheduler(runner)) {
            if (once != null) {
                LocalDate epoch = config.policy().fortnightEpoch();
                Fortnight fortnight;
                try {
                    fortnight = period != null ? Fortnight.starting(Periods.firstDay(period), epoch)
                            : DemoCommand.lastEnded(Periods.yesterday(config.policy().zone()), epoch);
                } catch (IllegalArgumentException e) {
                    throw new DwException(e.getMessage(), e);
                }
                scheduler.runOnce(once, fortnight);
                return 0;
            }
            scheduler.scheduleClaimTotals(config.schedule().claimTotalsAt(), ZonedDateTime.now(config.policy().zone()));
            scheduler.start();
            System.out.println("scheduler running; claims chain next at "
                    + scheduler.nextFireTime("claims-fortnightly").toInstant().atZone(config.policy().zone())
                    + " (Ctrl-C to stop)");
            CountDownLatch forever = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(forever::countDown));
            forever.await();
        }
        return 0;
    }
}
