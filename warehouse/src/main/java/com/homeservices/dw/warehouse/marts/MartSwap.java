package com.homeservices.dw.warehouse.marts;

import com.homeservices.dw.warehouse.DwClock;
import com.homeservices.dw.warehouse.Warehouse;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Replaces ranges of marts' periods in one DuckDB transaction (delete each range, insert what a routine wrote, note
 * the refresh in {@code mart_refresh}), so a reader sees the old rows or the new, never half of each, and never one
 * mart of an analysis recomputed without the others.
 */
final class MartSwap {

    /**
     * One mart's share of a swap.
     *
     * @param periodColumn the mart's column holding each row's period (its first day)
     * @param firstStart   the first period's first day
     * @param lastStart    the last period's first day
     * @param lastEnd      the last period's last day, as recorded in {@code mart_refresh}
     * @param insert       the statement that inserts the range's new rows
     */
    record Part(String mart, String periodColumn, LocalDate firstStart, LocalDate lastStart, LocalDate lastEnd,
                String insert) {
    }

    private MartSwap() {
    }

    static void replace(Warehouse warehouse, Part... parts) {
        warehouse.inTransaction(c -> {
            for (Part part : parts) {
                delete(c, part.mart(), part.periodColumn(), part.firstStart(), part.lastStart());
                try (var s = c.createStatement()) {
                    s.execute(part.insert());
                }
                note(c, warehouse.policy().zone(), part.mart(), part.firstStart(), part.lastEnd());
            }
            return null;
        });
    }

    /** Deletes the mart's rows of the periods from {@code firstStart} to {@code lastStart} (their first days). */
    static void delete(Connection c, String mart, String periodColumn, LocalDate firstStart, LocalDate lastStart)
            throws SQLException {
        try (PreparedStatement delete = c.prepareStatement(
                "delete from " + mart + " where " + periodColumn + " between ? and ?")) {
            delete.setDate(1, Date.valueOf(firstStart));
            delete.setDate(2, Date.valueOf(lastStart));
            delete.executeUpdate();
        }
    }

    /**
     * Notes in {@code mart_refresh} that the mart's days {@code from} to {@code to} were recomputed, from what, and
     * up to which day of data (a period ending after it is a draft).
     */
    static void note(Connection c, ZoneId zone, String mart, LocalDate from, LocalDate to) throws SQLException {
        try (PreparedStatement refreshed = c.prepareStatement(
                "insert into mart_refresh select ?, ?, ?, ?, (select max(newest_source_updated_at) from etl_run"
                        + " where status = 'completed'), ?")) {
            refreshed.setString(1, mart);
            refreshed.setDate(2, Date.valueOf(from));
            refreshed.setDate(3, Date.valueOf(to));
            refreshed.setObject(4, DwClock.now(zone));
            refreshed.setDate(5, Date.valueOf(Warehouse.dataThrough(c, zone)));
            refreshed.executeUpdate();
        }
    }
}
