package com.homeservices.dw.warehouse.marts;

import com.homeservices.dw.warehouse.Warehouse;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Replaces a range of a mart's periods in one DuckDB transaction (delete the range, insert what a routine wrote,
 * note the refresh in {@code mart_refresh}), so a reader sees the old rows or the new, never half of each.
 */
final class MartSwap {

    private MartSwap() {
    }

    /**
     * @param periodColumn the mart's column holding each row's period (its first day)
     * @param firstStart   the first period's first day
     * @param lastStart    the last period's first day
     * @param lastEnd      the last period's last day, as recorded in {@code mart_refresh}
     * @param insert       the statement that inserts the range's new rows
     */
    static void replace(Warehouse warehouse, String mart, String periodColumn, LocalDate firstStart,
                        LocalDate lastStart, LocalDate lastEnd, String insert) {
        warehouse.inTransaction(c -> {
            try (PreparedStatement delete = c.prepareStatement(
                    "delete from " + mart + " where " + periodColumn + " between ? and ?")) {
                delete.setDate(1, Date.valueOf(firstStart));
                delete.setDate(2, Date.valueOf(lastStart));
                delete.executeUpdate();
            }
            try (var s = c.createStatement()) {
                s.execute(insert);
            }
            try (PreparedStatement refreshed = c.prepareStatement(
                    "insert into mart_refresh select ?, ?, ?, ?, (select max(newest_source_updated_at) from etl_run"
                            + " where status = 'completed')")) {
                refreshed.setString(1, mart);
                refreshed.setDate(2, Date.valueOf(firstStart));
                refreshed.setDate(3, Date.valueOf(lastEnd));
                refreshed.setObject(4, LocalDateTime.now(warehouse.policy().zone()));
                refreshed.executeUpdate();
            }
            return null;
        });
    }
}
