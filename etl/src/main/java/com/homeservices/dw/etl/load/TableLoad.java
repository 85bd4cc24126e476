package com.homeservices.dw.etl.load;

import com.homeservices.dw.etl.source.SourceTable;
import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.SqlFiles;
import com.homeservices.dw.warehouse.Warehouse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Loads one staged table in one transaction. {@code sql/etl/<table>/typed.sql} defines {@code typed_<table>}, every
 * staged row's values as the warehouse keeps them with the hash of those whose change counts (a view, so the typed
 * rows are computed while they are written, never held twice); {@code repeated_<table>} holds the rows whose key a
 * later or newer row of the extract also has ({@link #repeatedKeyRows}); {@code verdicts.sql} names the rows that
 * cannot be loaded, each with its first reason as {@code reason:detail}, which {@code rejected_<table>} keeps split.
 * Those go to {@code etl_reject};
 * valid rows the warehouse already holds with the same {@code row_hash} are unchanged and left alone; the rest,
 * {@code loadable_<table>}, replace their previous version ({@code delete.sql}, {@code insert.sql}, then any
 * follow-up statements). The load rolls back, and the run fails, when the rows do not add up: extracted = inserted +
 * updated + unchanged + rejected.
 */
final class TableLoad {

    private final Warehouse warehouse;

    TableLoad(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /**
     * @param keptStaging whether {@code stg_<table>} is a table of the warehouse file (a database extract, kept so a
     *                    restart need not read the source again): the load empties it, so the file keeps no extract
     *                    (and no phone in clear) once its rows are loaded
     */
    TableCounts load(TableTarget target, long runId, List<String> followUps, boolean keptStaging) {
        String name = target.source().tableName();
        String typed = "typed_" + name;
        String repeated = "repeated_" + name;
        String rejected = "rejected_" + name;
        String unchanged = "unchanged_" + name;
        String loadable = "loadable_" + name;
        TableCounts counts = warehouse.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("set variable run_id = " + runId);
                s.execute(SqlFiles.read("etl/" + name + "/typed.sql"));
                s.execute("create or replace temp table " + repeated + " as " + repeatedKeyRows(target.source()));
                s.execute("create or replace temp table " + rejected + " as select source_row, source_id,"
                        + " split_part(verdict, ':', 1) as reject_reason,"
                        + " substr(verdict, strpos(verdict, ':') + 1) as reject_detail"
                        + " from (" + SqlFiles.read("etl/" + name + "/verdicts.sql") + "\n)");
            }
            long extracted = queryLong(c, "select extracted from etl_run_table where run_id = ? and table_name = ?",
                    runId, name);
            recordControlSums(c, target, runId);
            recordRejects(c, target.source(), runId);
            long unchangedRows = update(c, "create or replace temp table " + unchanged + " as select t.source_row"
                    + " from " + typed + " t anti join " + rejected + " using (source_row) where exists (select 1 from "
                    + target.table() + " f where " + target.matches("t") + " and f.row_hash = t.row_hash)");
            update(c, "create or replace temp view " + loadable + " as select t.* from " + typed + " t"
                    + " anti join " + rejected + " using (source_row) anti join " + unchanged + " using (source_row)");
            long updated = queryLong(c, "select count(*) from " + loadable + " t where exists (select 1 from "
                    + target.table() + " f where " + target.matches("t") + ")");
            try (Statement s = c.createStatement()) {
                s.executeUpdate(SqlFiles.read("etl/" + name + "/delete.sql"));
                long written = s.executeUpdate(SqlFiles.read("etl/" + name + "/insert.sql"));
                for (String followUp : followUps) {
                    s.executeUpdate(SqlFiles.read("etl/" + followUp));
                }
                if (keptStaging) {
                    s.executeUpdate("delete from stg_" + name);
                }
                long rejectedRows = queryLong(c, "select count(*) from etl_reject where run_id = ? and table_name = ?",
                        runId, name);
                TableCounts result = new TableCounts(name, extracted, written - updated, updated, unchangedRows,
                        rejectedRows);
                if (!result.balances()) {
                    throw new DwException(name + " does not add up: extracted " + extracted + " but inserted "
                            + result.inserted() + ", updated " + updated + ", unchanged " + unchangedRows
                            + " and rejected " + rejectedRows);
                }
                update(c, "update etl_run_table set inserted = ?, updated = ?, unchanged = ?, rejected = ?, loaded = true"
                        + " where run_id = ? and table_name = ?", result.inserted(), updated, unchangedRows,
                        rejectedRows, runId, name);
                return result;
            }
        });
        warehouse.execute("drop view if exists temp." + loadable);
        for (String table : List.of(unchanged, rejected, repeated)) {
            warehouse.execute("drop table if exists temp." + table);
        }
        dropTyped(typed);
        return counts;
    }

    /**
     * The staged rows that lose to another row of the extract with the same key ({@link SourceTable#keyColumns}):
     * the row with the newest {@code updated_at} is kept, then the later one; the losers are duplicates. Few keys
     * repeat, so they are found first as equal neighbours in key order (a sort costs less than counting millions of
     * keys, or ranking them all), and only their rows are ranked.
     */
    private static String repeatedKeyRows(SourceTable table) {
        String staged = Staging.stagingTable(table);
        List<String> key = table.keyColumns();
        String columns = String.join(", ", key);
        return "with repeated_keys as (select distinct " + columns + " from (select " + columns + ", "
                + key.stream().map(c -> "lag(" + c + ") over in_key_order as previous_" + c)
                        .collect(Collectors.joining(", "))
                + " from " + staged + " window in_key_order as (order by " + columns + ")) where "
                + key.stream().map(c -> c + " = previous_" + c).collect(Collectors.joining(" and ")) + ")"
                + " select source_row from (select source_row, row_number() over (partition by " + columns
                + " order by coalesce(try_cast(updated_at as timestamp), timestamp '0001-01-01') desc, source_row desc)"
                + " as key_rank from " + staged + " semi join repeated_keys using (" + columns + ")) where key_rank > 1";
    }

    /** Drops {@code typed_<table>}, which typed.sql makes a view or a table. */
    private void dropTyped(String typed) {
        boolean view = warehouse.queryLong("select count(*) from duckdb_views() where temporary and view_name = '"
                + typed + "'") > 0;
        warehouse.execute("drop " + (view ? "view" : "table") + " if exists temp." + typed);
    }

    /**
     * Keeps each rejected row as staged (as JSON: the source's text from a database, the parsed values from a CSV
     * file) with its reason. A CSV row was staged as if no line were rejected while reading; its line in the file is
     * that number plus the lines rejected before it (the run's rejects of this table so far are exactly those): such
     * line j (of those at lines L1 < L2 …) precedes a row staged as p when Lj − j < p, which an ASOF join finds for the
     * rejected rows alone.
     */
    private static void recordRejects(Connection c, SourceTable table, long runId) throws SQLException {
        String name = table.tableName();
        String asText = table.columns().stream().map(column -> column + " := cast(staged." + column + " as varchar)")
                .collect(Collectors.joining(", "));
        update(c, "insert into etl_reject"
                + " with skipped as (select source_row as line, row_number() over (order by source_row) as j"
                + "   from etl_reject where run_id = ? and table_name = ?),"
                + " thresholds as (select line - j as before_row, max(j) as j from skipped group by 1),"
                + " rejected as (select * from rejected_" + name + ")"
                + " select ?, ?, rejected.source_row + coalesce(thresholds.j, 0), rejected.source_id,"
                + " rejected.reject_reason, rejected.reject_detail,"
                + " to_json(struct_pack(" + asText + "))"
                + " from rejected join stg_" + name + " as staged using (source_row)"
                + " asof left join thresholds on rejected.source_row > thresholds.before_row",
                runId, name, runId, name);
    }

    /**
     * Per money column: the sum over the rows read whose value parses, the part in rejected rows, and the loaded
     * part as the difference; every column in one statement, so the staging table is scanned once, and the rejected
     * rows once more. Lines rejected while reading (the run's rejects of this table so far) count from their fields
     * as kept in the reject.
     */
    private static void recordControlSums(Connection c, TableTarget target, long runId) throws SQLException {
        List<String> columns = target.moneyColumns();
        if (columns.isEmpty()) {
            return;
        }
        String name = target.source().tableName();
        StringBuilder sums = new StringBuilder();
        StringBuilder unparsedSums = new StringBuilder();
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            sums.append(i == 0 ? "" : ", ").append("coalesce(sum(try_cast(").append(column)
                    .append(" as decimal(38,2))), 0) as s").append(i);
            unparsedSums.append(i == 0 ? "" : ", ").append("coalesce(sum(case when json_valid(raw_row) then try_cast(")
                    .append("json_extract_string(raw_row, '$.").append(column).append("') as decimal(38,2)) end), 0)")
                    .append(" as s").append(i);
            rows.append(i == 0 ? "" : " union all ").append("select ").append(runId).append(", '").append(name)
                    .append("', '").append(column).append("', staged.s").append(i).append(" + unparsed.s").append(i)
                    .append(", staged.s").append(i).append(" - rejected.s").append(i).append(", rejected.s")
                    .append(i).append(" + unparsed.s").append(i).append(" from staged, rejected, unparsed");
        }
        update(c, "insert into etl_run_control_sum"
                + " with staged as materialized (select " + sums + " from stg_" + name + "),"
                + " rejected as materialized (select " + sums + " from stg_" + name
                + "   where source_row in (select source_row from rejected_" + name + ")),"
                + " unparsed as materialized (select " + unparsedSums + " from etl_reject"
                + "   where run_id = " + runId + " and table_name = '" + name + "')"
                + " " + rows);
    }

    private static long update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            return statement.executeUpdate();
        }
    }

    private static long queryLong(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
