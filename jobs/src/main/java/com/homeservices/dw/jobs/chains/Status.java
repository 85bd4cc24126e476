package com.homeservices.dw.jobs.chains;

import com.homeservices.dw.warehouse.DwClock;
import com.homeservices.dw.jobs.config.DwConfig;
import com.homeservices.dw.jobs.delivery.Deliveries;
import com.homeservices.dw.jobs.schedule.DueReports;
import com.homeservices.dw.jobs.schedule.NextFirings;
import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.Warehouse;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What {@code ./dw status} prints and the web archive's runs page shows: how fresh the data is, the last runs, what
 * is paused, late or unsent, and the next firing of each schedule. Read once, shown by either.
 *
 * @param lastLoad        when the last completed load began (null: never loaded)
 * @param newestSourceRow when the newest source row it brought was changed
 */
public record Status(LocalDateTime lastLoad, LocalDateTime newestSourceRow, List<String> paused,
                     List<RunHistory.Run> runs, List<DueReports.Due> late, List<String> unsent,
                     List<NextFirings.Firing> next) {

    /** Reads the status now, company time, with the last {@code runs} runs. */
    public static Status read(Warehouse warehouse, DwConfig config, int runs) {
        LocalDateTime now = DwClock.now(config.policy().zone());
        RunHistory history = new RunHistory(warehouse);
        DueReports due = DueReports.of(config);
        LocalDateTime[] load = lastLoad(warehouse);
        return new Status(load[0], load[1], history.pausedNames(), history.last(runs),
                due.at(now, history::latestProduced), Deliveries.unsent(warehouse), next(warehouse, config, now, due));
    }

    /** The next firing of each schedule after {@code now}. */
    public static List<NextFirings.Firing> next(Warehouse warehouse, DwConfig config, LocalDateTime now,
                                                DueReports due) {
        return NextFirings.after(now, config.schedule().nightlyLoadAt(), due,
                new RunHistory(warehouse)::latestProduced);
    }

    /** "last load began …, newest row changed …", or "never loaded". */
    public String freshness() {
        return lastLoad == null ? "never loaded" : "last load began " + minutes(lastLoad) + ", newest row changed "
                + minutes(newestSourceRow);
    }

    /** A time to the minute, as status shows times: {@code 2026-12-02 06:00}; a dash for none. */
    public static String minutes(LocalDateTime time) {
        if (time == null) {
            return "–";
        }
        String text = time.toString().replace('T', ' ');
        return text.substring(0, Math.min(16, text.length()));
    }

    private static LocalDateTime[] lastLoad(Warehouse warehouse) {
        String sql = "select max(started_at), max(newest_source_updated_at) from etl_run where status = 'completed'";
        try (Statement s = warehouse.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return new LocalDateTime[] {rs.getObject(1, LocalDateTime.class), rs.getObject(2, LocalDateTime.class)};
        } catch (SQLException e) {
            throw new DwException("cannot read the loads: " + Warehouse.firstLine(e.getMessage()), e);
        }
    }
}
