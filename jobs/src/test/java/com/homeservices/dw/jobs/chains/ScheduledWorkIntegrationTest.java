package com.homeservices.dw.jobs.chains;

import static org.assertj.core.api.Assertions.assertThat;

import com.homeservices.dw.warehouse.DwClock;
import com.homeservices.dw.jobs.config.DwConfig;
import com.homeservices.dw.jobs.schedule.ChainRunner;
import com.homeservices.dw.jobs.schedule.DueReports;
import com.homeservices.dw.jobs.schedule.DwScheduler;
import com.homeservices.dw.jobs.schedule.WorkingCalendar;
import com.homeservices.dw.reports.ReportCatalogue;
import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.period.PeriodKind;
import com.homeservices.dw.warehouse.testing.Rows;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scheduled work driven through five weeks by a controllable clock, on a real warehouse file: from Sunday
 * 2025-11-30 to 2026-01-03, a load every night at 02:00 and a look for due reports at 06:00 and 12:00. Monday
 * 2025-12-15 and New Year's Day are holidays; the scheduler is down from 12-20 to 12-22 (a Saturday to a Monday, a
 * week's delivery day); the load of the night of 12-29 fails. Each report is produced once per period, in order,
 * only after a load that began after its period ended; the work that the loads and reports do is replaced by
 * recording what was asked.
 */
class ScheduledWorkIntegrationTest {

    private static final LocalDate EPOCH = LocalDate.of(2024, 1, 1);
    private static final List<String> MONTHLY = List.of("outlet-profitability", "premium-customers", "product-mix",
            "staff-attrition", "complaint-handling", "attendance-summary");

    @TempDir
    Path temp;

    private LocalDateTime now;
    private final List<String> produced = new ArrayList<>();
    private final List<String> alerts = new ArrayList<>();

    @Test
    void eachReportOncePerPeriodInOrderAfterItsDataWithHolidaysAndDowntime() throws SQLException {
        DwConfig config = DwConfig.defaults().withWarehouse(temp.resolve("w.duckdb"));
        DueReports due = new DueReports(ReportCatalogue.load().reports(), new WorkingCalendar(
                Set.of(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 1, 1)), Set.of()), LocalTime.of(6, 0), EPOCH);
        ScheduledWork work = work(config, due, (context, report, period) -> {
            produced.add(now.toString().replace('T', ' ') + " " + report.name() + " " + period);
            return List.of(temp.resolve(report.name()));
        });

        for (LocalDate day = LocalDate.of(2025, 11, 30); !day.isAfter(LocalDate.of(2026, 1, 3));
             day = day.plusDays(1)) {
            if (!day.isBefore(LocalDate.of(2025, 12, 20)) && !day.isAfter(LocalDate.of(2025, 12, 22))) {
                continue;   // the scheduler is down
            }
            now = day.atTime(2, 0);
            try {
                work.nightlyLoad();
            } catch (DwException e) {
                assertThat(day).isEqualTo(LocalDate.of(2025, 12, 29));
            }
            for (LocalTime at : List.of(LocalTime.of(6, 0), LocalTime.of(12, 0))) {
                now = day.atTime(at);
                work.reportsDue(now);
            }
        }

        List<String> expected = new ArrayList<>();
        // the first look: each report's latest period due by then (older ones are a backfill's)
        MONTHLY.forEach(r -> expected.add("2025-11-30 06:00 " + r + " 2025-10"));
        expected.add("2025-11-30 06:00 claim-totals 2025-11-03");
        expected.add("2025-11-30 06:00 outlet-profitability 2025-11-17");
        MONTHLY.forEach(r -> expected.add("2025-12-01 06:00 " + r + " 2025-11"));
        expected.add("2025-12-01 06:00 claim-totals 2025-11-17");
        expected.add("2025-12-01 06:00 outlet-profitability 2025-11-24");
        expected.add("2025-12-08 06:00 outlet-profitability 2025-12-01");
        // Monday the 15th is a holiday: the fortnight's and the week's reports come on Tuesday
        expected.add("2025-12-16 06:00 claim-totals 2025-12-01");
        expected.add("2025-12-16 06:00 outlet-profitability 2025-12-08");
        // down on Monday the 22nd: its week comes once, the morning the scheduler is back
        expected.add("2025-12-23 06:00 outlet-profitability 2025-12-15");
        // the 29th's load failed: late that day, produced after the next night's load
        expected.add("2025-12-30 06:00 claim-totals 2025-12-15");
        expected.add("2025-12-30 06:00 outlet-profitability 2025-12-22");
        // New Year's Day is a holiday: December's reports on the 2nd
        MONTHLY.forEach(r -> expected.add("2026-01-02 06:00 " + r + " 2025-12"));
        assertThat(produced).containsExactlyElementsOf(expected);

        assertThat(alerts).containsExactly("dw: the nightly load failed");
        try (Warehouse warehouse = Warehouse.open(config.warehouse(), config.policy())) {
            assertThat(Rows.of(warehouse, "select report_name, period_start_on, count(*) from chain_run"
                    + " where status = 'late' group by all order by all")).containsExactly(
                    "claim-totals|2025-12-15|2", "outlet-profitability|2025-12-22|2");
            assertThat(warehouse.queryLong("select count(*) from chain_run where status = 'succeeded'"))
                    .isEqualTo(expected.size());
        }
    }

    @Test
    void aFailedRunIsAlertedOnceAndItsReportsLaterPeriodsWaitBehindIt() {
        DwConfig config = DwConfig.defaults().withWarehouse(temp.resolve("w.duckdb"));
        DueReports due = profitabilityDue(LocalTime.of(6, 0));
        List<String> tried = new ArrayList<>();
        ScheduledWork work = new ScheduledWork(due, () -> new RunContext(config), this::load,
                (context, report, period) -> {
                    tried.add(period.toString());
                    if (period.toString().equals("2025-12-01")) {
                        throw new DwException("the template is broken");
                    }
                    return List.of();
                }, context -> { }, (subject, body) -> alerts.add(subject + " / " + body.lines().findFirst().orElse("")),
                line -> { });
        now = LocalDateTime.of(2025, 12, 8, 2, 0);
        work.nightlyLoad();
        // the weeks of 11-24 and 12-01 were produced up to 11-24; 12-01 fails, and December's month is not due
        work.reportsDue(LocalDateTime.of(2025, 12, 8, 6, 0));
        now = LocalDateTime.of(2025, 12, 15, 2, 0);
        work.nightlyLoad();
        work.reportsDue(LocalDateTime.of(2025, 12, 15, 6, 0));

        // first look: November, then the latest week (12-01), which fails; a week later that week is tried again,
        // not skipped for the newer one, and 12-08 waits behind it
        assertThat(tried).containsExactly("2025-11", "2025-12-01", "2025-12-01");
        assertThat(alerts).containsExactly(
                "dw: outlet-profitability 2025-12-01 failed / outlet-profitability for 2025-W49 (2025-12-01 – 2025-12-07)"
                        + " failed: the template is broken",
                "dw: outlet-profitability 2025-12-01 failed / outlet-profitability for 2025-W49 (2025-12-01 – 2025-12-07)"
                        + " failed: the template is broken");
    }

    @Test
    void aPausedReportWaitsAndOnResumeEachMissedPeriodComesOnceInOrder() {
        DwConfig config = DwConfig.defaults().withWarehouse(temp.resolve("w.duckdb"));
        DueReports due = profitabilityDue(LocalTime.of(6, 0));
        List<String> made = new ArrayList<>();
        ScheduledWork work = work(config, due, (context, report, period) -> {
            made.add(now.toLocalDate() + " " + period);
            return List.of();
        });
        for (LocalDate day = LocalDate.of(2025, 11, 10); !day.isAfter(LocalDate.of(2025, 12, 1)); day = day.plusDays(7)) {
            if (day.equals(LocalDate.of(2025, 11, 17))) {
                try (RunContext context = new RunContext(config)) {
                    new RunHistory(context.warehouse()).pause("outlet-profitability");
                }
            }
            if (day.equals(LocalDate.of(2025, 12, 1))) {
                try (RunContext context = new RunContext(config)) {
                    new RunHistory(context.warehouse()).resume(RunHistory.ALL);
                }
            }
            now = day.atTime(2, 0);
            work.nightlyLoad();
            now = day.atTime(6, 0);
            work.reportsDue(now);
        }

        // paused on 11-17 and 11-24: their weeks come on 12-01, oldest first, with December 1st's own week and month
        assertThat(made).containsExactly("2025-11-10 2025-10", "2025-11-10 2025-11-03", "2025-12-01 2025-11-10",
                "2025-12-01 2025-11-17", "2025-12-01 2025-11", "2025-12-01 2025-11-24");
    }

    @Test
    void aSchedulerStartedAfterDowntimeProducesWhatIsDueAtOnceNotAtTheNextHour() throws InterruptedException {
        DwConfig config = DwConfig.defaults().withWarehouse(temp.resolve("w.duckdb"));
        ZoneId zone = config.policy().zone();
        DueReports due = profitabilityDue(LocalTime.of(0, 0));
        List<String> made = new CopyOnWriteArrayList<>();
        ScheduledWork work = work(config, due, (context, report, period) -> {
            made.add(period.toString());
            return List.of();
        });
        now = DwClock.now(zone);    // the clock the scheduler reads (DW_CLOCK moves both)
        work.nightlyLoad();     // the data is in: the latest week and month are due and ready

        ChainRunner nothing = ChainRunner.of(zone, EPOCH, (report, period) -> { });
        try (DwScheduler scheduler = new DwScheduler(nothing)) {
            scheduler.scheduleRhythm(work, LocalTime.of(2, 0), zone);
            scheduler.start();
            for (int i = 0; i < 300 && made.size() < 2; i++) {
                Thread.sleep(100);
            }
        }

        LocalDate today = DwClock.today(zone);
        assertThat(made).containsExactlyInAnyOrder(PeriodKind.MONTH.lastEnded(today, EPOCH).toString(),
                PeriodKind.WEEK.lastEnded(today, EPOCH).toString());
    }

    @Test
    void aStopMidChainRecordsTheRunningReportAsStoppedStartsNothingMoreAndTheNextStartProducesBoth() {
        DwConfig config = DwConfig.defaults().withWarehouse(temp.resolve("w.duckdb"));
        DueReports due = profitabilityDue(LocalTime.of(6, 0));
        List<String> made = new ArrayList<>();
        ScheduledWork[] first = new ScheduledWork[1];
        first[0] = work(config, due, (context, report, period) -> {
            // SIGTERM arrives while the month is computed: the JVM stops Spark under it
            first[0].stop();
            throw new IllegalStateException("Cannot call methods on a stopped SparkContext.");
        });
        now = LocalDateTime.of(2025, 12, 8, 2, 0);
        first[0].nightlyLoad();
        List<ScheduledWork.Outcome> stopped = first[0].reportsDue(LocalDateTime.of(2025, 12, 8, 6, 0));

        ScheduledWork restarted = work(config, due, (context, report, period) -> {
            made.add(period.toString());
            return List.of();
        });
        restarted.reportsDue(LocalDateTime.of(2025, 12, 8, 6, 30));

        // November's month was running, the week of 12-01 never started; no operator was alerted of a stop
        assertThat(stopped).extracting(o -> o.period() + " " + o.status()).containsExactly("2025-11 stopped");
        assertThat(alerts).isEmpty();
        assertThat(made).containsExactly("2025-11", "2025-12-01");
    }

    /** The work on {@code config}'s warehouse: loads by {@link #load}, reports by {@code producer}, alerts noted. */
    private ScheduledWork work(DwConfig config, DueReports due, ScheduledWork.Producer producer) {
        return new ScheduledWork(due, () -> new RunContext(config), this::load, producer, context -> { },
                (subject, body) -> alerts.add(subject), line -> { });
    }

    /** Outlet profitability alone, every weekday a working day, due from {@code at}. */
    private static DueReports profitabilityDue(LocalTime at) {
        return new DueReports(List.of(ReportCatalogue.load().named("outlet-profitability")),
                new WorkingCalendar(Set.of(), Set.of()), at, EPOCH);
    }

    /** A completed load beginning now; the night of 12-29 the source is unreachable. */
    private void load(RunContext context) {
        if (now.toLocalDate().equals(LocalDate.of(2025, 12, 29))) {
            throw new DwException("the source is unreachable");
        }
        long run = context.warehouse().queryLong("select coalesce(max(run_id), 0) + 1 from etl_run");
        context.warehouse().execute("insert into etl_run values (" + run + ", 'csv:test', timestamp '"
                + now + "', timestamp '" + now.plusMinutes(5) + "', 'completed', timestamp '" + now + "')");
    }
}
