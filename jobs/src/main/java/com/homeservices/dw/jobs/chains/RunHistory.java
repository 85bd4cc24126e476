package com.homeservices.dw.jobs.chains;

import com.homeservices.dw.warehouse.DwClock;
import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.period.Period;
import com.homeservices.dw.warehouse.period.PeriodKind;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The run history of the report chains ({@code chain_run} in the warehouse): what ran for which period, how it
 * ended. It is what makes a period produced once: the schedule asks it what was produced last.
 */
public final class RunHistory {

    /** One run as {@code ./dw status} shows it. */
    public record Run(long runId, String report, Period period, String startedBy, String status,
                      LocalDateTime startedAt, LocalDateTime endedAt, Long files, String message) {
    }

    /** The name that pauses every schedule at once. */
    public static final String ALL = "all";
    /** The nightly load's schedule name. */
    public static final String NIGHTLY_LOAD = "nightly-load";

    private final Warehouse warehouse;

    public RunHistory(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** Notes a run starting; returns its id. */
    public long started(String report, Period period, String startedBy) {
        long runId = warehouse.queryLong("select coalesce(max(run_id), 0) + 1 from chain_run");
        warehouse.update("insert into chain_run values (?, ?, ?, ?, ?, 'running', ?, null, null, null)", runId, report,
                period.kind().code(), period.start(), startedBy, now());
        return runId;
    }

    public void succeeded(long runId, int files) {
        warehouse.update("update chain_run set status = 'succeeded', ended_at = ?, files = ? where run_id = ?", now(),
                (long) files, runId);
    }

    /** Ends a run that failed ({@code status} failed) or could not start yet ({@code late}), saying why. */
    public void ended(long runId, String status, String message) {
        warehouse.update("update chain_run set status = ?, ended_at = ?, message = ? where run_id = ?", status, now(),
                message, runId);
    }

    /**
     * The period after which the schedule goes on for {@code report} and {@code kind}: the latest one produced; when
     * none was, the one before the first tried (a first period that failed or was late is tried again, not skipped).
     */
    public Optional<Period> latestProduced(String report, PeriodKind kind) {
        try (PreparedStatement query = warehouse.connection().prepareStatement("select coalesce(max(period_start_on)"
                + " filter (where status = 'succeeded'), cast(min(period_start_on) - interval 1 day as date))"
                + " from chain_run"
                + " where (report_name = ? and period_kind = ? and started_by = 'schedule')"
                + " or (report_name = ? and period_kind = ? and status = 'succeeded')")) {
            query.setString(1, report);
            query.setString(2, kind.code());
            query.setString(3, report);
            query.setString(4, kind.code());
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                LocalDate day = rs.getObject(1, LocalDate.class);
                // the day before a first tried period lies in the period before it
                return Optional.ofNullable(day).map(d -> kind.containing(d, warehouse.policy().fortnightEpoch()));
            }
        } catch (SQLException e) {
            throw new DwException("cannot read the run history: " + Warehouse.firstLine(e.getMessage()), e);
        }
    }

    /** Whether {@code report} was produced for {@code period}. */
    public boolean produced(String report, Period period) {
        return warehouse.queryLong("select count(*) from chain_run where report_name = ? and period_kind = ?"
                + " and period_start_on = ? and status = 'succeeded'", report, period.kind().code(),
                period.start()) > 0;
    }

    /** Pauses a schedule: a report's name, {@code nightly-load}, or {@code all}. */
    public void pause(String name) {
        warehouse.update("delete from schedule_pause where name = ?", name);
        warehouse.update("insert into schedule_pause values (?, ?)", name, now());
    }

    /** Resumes a schedule; {@code all} resumes every one. */
    public void resume(String name) {
        if (name.equals(ALL)) {
            warehouse.update("delete from schedule_pause");
        } else {
            warehouse.update("delete from schedule_pause where name = ?", name);
        }
    }

    /** Whether the schedule {@code name} is paused, by itself or with all of them. */
    public boolean paused(String name) {
        return warehouse.queryLong("select count(*) from schedule_pause where name = ? or name = ?", name, ALL) > 0;
    }

    /** The paused schedules' names. */
    public List<String> pausedNames() {
        List<String> names = new ArrayList<>();
        try (var s = warehouse.connection().createStatement();
             ResultSet rs = s.executeQuery("select name from schedule_pause order by name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new DwException("cannot read the paused schedules: " + Warehouse.firstLine(e.getMessage()), e);
        }
        return names;
    }

    /** One run, by its id. */
    public Optional<Run> run(long runId) {
        return runs("where run_id = ?", runId).stream().findFirst();
    }

    /** The last {@code limit} runs, newest first. */
    public List<Run> last(int limit) {
        return runs("order by run_id desc limit ?", limit);
    }

    /** The runs {@code clause} (a constant of this class's) selects. */
    private List<Run> runs(String clause, Object value) {
        List<Run> runs = new ArrayList<>();
        try (PreparedStatement query = warehouse.connection().prepareStatement("select run_id, report_name,"
                + " period_kind, period_start_on, started_by, status, started_at, ended_at, files, message"
                + " from chain_run " + clause)) {
            query.setObject(1, value);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    runs.add(new Run(rs.getLong(1), rs.getString(2), new Period(PeriodKind.ofCode(rs.getString(3)),
                            rs.getObject(4, LocalDate.class)), rs.getString(5), rs.getString(6),
                            rs.getObject(7, LocalDateTime.class), rs.getObject(8, LocalDateTime.class),
                            (Long) rs.getObject(9), rs.getString(10)));
                }
            }
        } catch (SQLException e) {
            throw new DwException("cannot read the run history: " + Warehouse.firstLine(e.getMessage()), e);
        }
        return runs;
    }

    private LocalDateTime now() {
        return DwClock.now(warehouse.policy().zone());
    }
}
