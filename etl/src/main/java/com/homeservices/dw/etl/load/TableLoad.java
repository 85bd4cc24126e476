package com.homeservices.dw.etl.load;

import com.homeservices.dw.etl.source.SourceTable;
import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.SqlFiles;
import com.homeservices.dw.warehouse.Warehouse;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;

/**
 * Loads one staged table: {@code sql/etl/<table>/typed.sql} casts the text and names the first reason each row
 * fails; failing rows go to {@code etl_reject}, the rest replace their previous version ({@code delete.sql},
 * {@code insert.sql}, then any follow-up statements), all in one transaction. The run fails when the table's rows do
 * not add up: extracted = loaded + rejected.
 */
final class TableLoad {

    private final Warehouse warehouse;

    TableLoad(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    TableCounts load(SourceTable table, long runId, long extracted, List<String> followUps) {
        String name = table.tableName();
        TableCounts counts = warehouse.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("set variable run_id = " + runId);
                s.execute(SqlFiles.read("etl/" + name + "/typed.sql"));
            }
            try (PreparedStatement rejects = c.prepareStatement("insert into etl_reject select ?, ?, source_row,"
                    + " source_id, reject_reason, reject_detail, raw_row from typed_" + name
                    + " where reject_reason is not null")) {
                rejects.setLong(1, runId);
                rejects.setString(2, name);
                rejects.executeUpdate();
            }
            long loaded;
            try (Statement s = c.createStatement()) {
                s.executeUpdate(SqlFiles.read("etl/" + name + "/delete.sql"));
                loaded = s.executeUpdate(SqlFiles.read("etl/" + name + "/insert.sql"));
                for (String followUp : followUps) {
                    s.executeUpdate(SqlFiles.read("etl/" + followUp));
                }
            }
            long rejected;
            try (PreparedStatement count = c.prepareStatement(
                    "select count(*) from etl_reject where run_id = ? and table_name = ?")) {
                count.setLong(1, runId);
                count.setString(2, name);
                try (var rs = count.executeQuery()) {
                    rs.next();
                    rejected = rs.getLong(1);
                }
            }
            TableCounts result = new TableCounts(name, extracted, loaded, rejected);
            if (!result.balances()) {
                // Rolled back with the rest: a table that does not add up leaves the warehouse as it was.
                throw new DwException(name + " does not add up: extracted " + extracted + " but loaded " + loaded
                        + " and rejected " + rejected);
            }
            try (PreparedStatement record = c.prepareStatement("insert into etl_run_table values (?, ?, ?, ?, ?)")) {
                record.setLong(1, runId);
                record.setString(2, name);
                record.setLong(3, extracted);
                record.setLong(4, loaded);
                record.setLong(5, rejected);
                record.executeUpdate();
            }
            return result;
        });
        warehouse.execute("drop table if exists typed_" + name);
        return counts;
    }
}
