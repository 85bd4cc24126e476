package com.homeservices.dw.etl.reconcile;

import com.homeservices.dw.etl.load.LoadJob;
import com.homeservices.dw.etl.load.TablePlan;
import com.homeservices.dw.etl.load.TableTarget;
import com.homeservices.dw.etl.source.SourceCsv;
import com.homeservices.dw.etl.source.SourceLocation;
import com.homeservices.dw.etl.source.SourcePassword;
import com.homeservices.dw.etl.source.SourceTable;
import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.Warehouse;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Source against warehouse, table by table: the rows and money sums the source holds now must equal the
 * warehouse's (current versions of a type-2 dimension) plus the rejects still outstanding: the last completed run's,
 * and earlier ones whose row was neither loaded nor rejected again since (an incremental run reads only changes).
 */
public final class Reconciliation {

    /** One money column: its sum in the source, in the warehouse, over the outstanding rejects. */
    public record ColumnSums(String column, BigDecimal source, BigDecimal warehouse, BigDecimal rejected) {
        public BigDecimal difference() {
            return source.subtract(warehouse).subtract(rejected);
        }
    }

    /**
     * One table: its rows in the source, in the warehouse, outstanding as rejects, its money columns, the rows held
     * back (counted in both the warehouse and the rejects), and for a table that still differs the rows one side has
     * and the other lacks (null when it balances, or balances besides the rows held back).
     */
    public record TableReconciliation(String table, long sourceRows, long warehouseRows, long rejectedRows,
                                      List<ColumnSums> sums, List<HeldBack> heldBack, Unmatched unmatched) {
        public long difference() {
            return sourceRows - warehouseRows - rejectedRows;
        }

        public boolean balances() {
            return difference() == 0 && sums.stream().allMatch(s -> s.difference().signum() == 0);
        }

        /** Whether the table balances once each held-back row is counted once (as its rejected source version). */
        public boolean balancesBesidesHeldBack() {
            if (difference() + heldBack.size() != 0) {
                return false;
            }
            for (int i = 0; i < sums.size(); i++) {
                int column = i;
                BigDecimal kept = heldBack.stream().map(h -> h.warehouseAmounts().get(column))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                if (sums.get(i).difference().add(kept).signum() != 0) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * A source row whose newer version was rejected while the warehouse keeps the last version it loaded: in both the
     * warehouse and the rejects, which is why its table does not balance.
     *
     * @param businessKey      the row's number or code where the table has one ({@code order_no SO…}), else null
     * @param warehouseAmounts the kept version's money columns, in the table's order
     * @param rejectedAmounts  the rejected version's, as read (null where unreadable)
     */
    public record HeldBack(String sourceId, String businessKey, long rejectedInRun, String reason, long keptFromRun,
                           List<BigDecimal> warehouseAmounts, List<BigDecimal> rejectedAmounts) {
    }

    /**
     * The rows, by source id, that one side has and the other lacks: in the source but neither loaded nor rejected (a
     * row added since the last load), and in the warehouse but no longer in the source (deleted there). Each list
     * holds the first {@link #SHOWN} ids, in id order; the counts are all of them.
     */
    public record Unmatched(long notLoaded, List<String> notLoadedIds, long notInSource, List<String> notInSourceIds) {
        public static final int SHOWN = 20;
    }


    private final Warehouse warehouse;
    private final SourcePassword password;

    public Reconciliation(Warehouse warehouse, SourcePassword password) {
        this.warehouse = warehouse;
        this.password = password;
    }

    public List<TableReconciliation> reconcile(SourceLocation source) {
        List<TableReconciliation> tables = new ArrayList<>();
        try (SourceSide side = SourceSide.open(source, warehouse, password)) {
            for (TablePlan plan : LoadJob.PLAN) {
                TableTarget target = plan.target();
                Totals inSource = side.totals(target);
                Totals inWarehouse = warehouseTotals(target);
                Totals rejected = outstandingRejects(source, target);
                List<ColumnSums> sums = new ArrayList<>();
                for (int i = 0; i < target.moneyColumns().size(); i++) {
                    sums.add(new ColumnSums(target.moneyColumns().get(i), inSource.sums().get(i),
                            inWarehouse.sums().get(i), rejected.sums().get(i)));
                }
                TableReconciliation table = new TableReconciliation(target.source().tableName(), inSource.rows(),
                        inWarehouse.rows(), rejected.rows(), sums, List.of(), null);
                if (!table.balances()) {
                    table = new TableReconciliation(table.table(), table.sourceRows(), table.warehouseRows(),
                            table.rejectedRows(), sums, heldBack(source, target), null);
                }
                if (!table.balances() && !table.balancesBesidesHeldBack()) {
                    side.loadIds(target);
                    table = new TableReconciliation(table.table(), table.sourceRows(), table.warehouseRows(),
                            table.rejectedRows(), sums, table.heldBack(), unmatched(source, target));
                }
                tables.add(table);
            }
        } catch (SQLException e) {
            throw new DwException("cannot reconcile with " + source.display() + ": " + Warehouse.firstLine(e.getMessage()), e);
        }
        return tables;
    }

    /** A row count and one sum per money column. */
    record Totals(long rows, List<BigDecimal> sums) {
    }

    private Totals warehouseTotals(TableTarget target) throws SQLException {
        String sums = target.moneyColumns().stream().map(c -> ", coalesce(sum(" + c + "), 0)").collect(Collectors.joining());
        return totals(warehouse.connection(), "select count(*)" + sums + " from " + target.table()
                + (target.versioned() ? " where is_current" : ""), target.moneyColumns().size());
    }

    private Totals outstandingRejects(SourceLocation source, TableTarget target) throws SQLException {
        String sums = target.moneyColumns().stream().map(c -> ", coalesce(sum(" + rejectedAmount("raw_row", c) + "), 0)")
                .collect(Collectors.joining());
        try (PreparedStatement query = warehouse.connection().prepareStatement(outstanding(target)
                + " select count(*)" + sums + " from outstanding")) {
            query.setString(1, source.display());
            query.setString(2, target.source().tableName());
            return totals(query, target.moneyColumns().size());
        }
    }

    /**
     * The outstanding rejects of {@code target}'s table (a CTE {@code outstanding}): the last completed run's, and
     * earlier ones whose row was neither loaded nor rejected again since. Binds the source, then the table's name.
     */
    private static String outstanding(TableTarget target) {
        return "with runs as (select run_id from etl_run where source = ? and status = 'completed'),"
                + " rejects as (select * from etl_reject where table_name = ? and run_id in (select run_id from runs)),"
                + " outstanding as ("
                + "   select * from rejects where run_id = (select max(run_id) from runs)"
                + "   union all"
                + "   select * from rejects r where r.run_id < (select max(run_id) from runs) and r.source_id is not null"
                + "     and not exists (select 1 from " + target.table() + " f where " + target.sourceId("f")
                + " = r.source_id)"
                + "     and not exists (select 1 from rejects later where later.source_id = r.source_id"
                + "                     and later.run_id > r.run_id))";
    }

    /** A money column of a reject's staged row ({@code rawRow}), where it can be read. */
    private static String rejectedAmount(String rawRow, String column) {
        return "case when json_valid(" + rawRow + ") then try_cast(json_extract_string(" + rawRow + ", '$." + column
                + "') as decimal(38,2)) end";
    }

    /** The outstanding rejects whose row the warehouse also holds (an earlier version it kept), by source id. */
    private List<HeldBack> heldBack(SourceLocation source, TableTarget target) throws SQLException {
        String businessKey = businessKeyColumn(target.table());
        StringBuilder sql = new StringBuilder(outstanding(target)).append(" select r.source_id, r.run_id,")
                .append(" r.reason_code || ': ' || r.reason_detail, f.load_run_id, ")
                .append(businessKey == null ? "null" : "cast(f." + businessKey + " as varchar)");
        target.moneyColumns().forEach(c -> sql.append(", f.").append(c));
        target.moneyColumns().forEach(c -> sql.append(", ").append(rejectedAmount("r.raw_row", c)));
        sql.append(" from outstanding r join ").append(target.table()).append(" f on ").append(target.sourceId("f"))
                .append(" = r.source_id").append(target.versioned() ? " and f.is_current" : "")
                .append(" order by r.source_id");
        List<HeldBack> held = new ArrayList<>();
        try (PreparedStatement query = warehouse.connection().prepareStatement(sql.toString())) {
            query.setString(1, source.display());
            query.setString(2, target.source().tableName());
            try (ResultSet rs = query.executeQuery()) {
                int money = target.moneyColumns().size();
                while (rs.next()) {
                    List<BigDecimal> kept = new ArrayList<>();
                    List<BigDecimal> rejected = new ArrayList<>();
                    for (int i = 0; i < money; i++) {
                        kept.add(rs.getBigDecimal(6 + i));
                        rejected.add(rs.getBigDecimal(6 + money + i));
                    }
                    held.add(new HeldBack(rs.getString(1), businessKey == null ? null
                            : businessKey + " " + rs.getString(5), rs.getLong(2), rs.getString(3), rs.getLong(4),
                            kept, rejected));
                }
            }
        }
        return held;
    }

    /** The temporary table the source's ids are read into for {@link #unmatched}: gone with the connection. */
    private static final String SOURCE_IDS = "reconcile_source_ids";

    /**
     * The rows one side has and the other lacks, by source id: the source's ids (read into {@link #SOURCE_IDS})
     * against the warehouse's current rows and the outstanding rejects.
     */
    private Unmatched unmatched(SourceLocation source, TableTarget target) throws SQLException {
        String warehouseId = target.sourceId("f");
        String current = target.versioned() ? " and f.is_current" : "";
        String notLoaded = outstanding(target) + ", missing as (select s.source_id as id from " + SOURCE_IDS + " s"
                + " where not exists (select 1 from " + target.table() + " f where " + warehouseId + " = s.source_id"
                + current + ") and not exists (select 1 from outstanding r where r.source_id = s.source_id))";
        String notInSource = "with missing as (select " + warehouseId + " as id from " + target.table() + " f"
                + " where not exists (select 1 from " + SOURCE_IDS + " s where s.source_id = " + warehouseId + ")"
                + current + ")";
        List<String> loadedIds = new ArrayList<>();
        long loaded = ids(notLoaded, source, target, loadedIds);
        List<String> goneIds = new ArrayList<>();
        long gone = ids(notInSource, null, target, goneIds);
        return new Unmatched(loaded, loadedIds, gone, goneIds);
    }

    /** How many ids {@code missing} (a CTE of {@code id}s) holds, the first {@link Unmatched#SHOWN} into {@code ids}. */
    private long ids(String missing, SourceLocation source, TableTarget target, List<String> ids) throws SQLException {
        try (PreparedStatement query = warehouse.connection().prepareStatement(missing + " select id,"
                + " count(*) over () from missing order by length(id), id limit " + Unmatched.SHOWN)) {
            if (source != null) {
                query.setString(1, source.display());
                query.setString(2, target.source().tableName());
            }
            long count = 0;
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                    count = rs.getLong(2);
                }
            }
            return count;
        }
    }

    /** The column that names a row for people ({@code order_no}, {@code staff_code}), if the table has one. */
    private String businessKeyColumn(String table) {
        try (PreparedStatement query = warehouse.connection().prepareStatement("select column_name"
                + " from information_schema.columns where table_name = ?"
                + " and (column_name like '%\\_no' escape '\\' or column_name like '%\\_code' escape '\\')"
                + " order by ordinal_position limit 1")) {
            query.setString(1, table);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new DwException("cannot read the columns of " + table + ": " + Warehouse.firstLine(e.getMessage()), e);
        }
    }

    static Totals totals(Connection connection, String sql, int sumCount) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            return totals(query, sumCount);
        }
    }

    private static Totals totals(PreparedStatement query, int sumCount) throws SQLException {
        try (ResultSet rs = query.executeQuery()) {
            rs.next();
            List<BigDecimal> sums = new ArrayList<>();
            for (int i = 0; i < sumCount; i++) {
                BigDecimal sum = rs.getBigDecimal(i + 2);
                sums.add(sum == null ? BigDecimal.ZERO.setScale(2) : sum.setScale(2));
            }
            return new Totals(rs.getLong(1), sums);
        }
    }

    /** The source's own totals, read where the data lives: DuckDB over a CSV file, or the source database itself. */
    private abstract static class SourceSide implements AutoCloseable {

        abstract Totals totals(TableTarget target) throws SQLException;

        /** The table's source ids, as a reject names a row's, into {@link #SOURCE_IDS} in the warehouse. */
        abstract void loadIds(TableTarget target) throws SQLException;

        @Override
        public void close() throws SQLException {
        }

        static SourceSide open(SourceLocation source, Warehouse warehouse, SourcePassword password) throws SQLException {
            if (source instanceof SourceLocation.Csv csv) {
                return new CsvSide(csv.folder(), warehouse);
            }
            SourceLocation.Jdbc jdbc = (SourceLocation.Jdbc) source;
            try {
                return new JdbcSide(DriverManager.getConnection(jdbc.url(), password.connectionProperties()), warehouse);
            } catch (SQLException e) {
                throw new DwException("cannot reach the source " + jdbc.display() + ": " + Warehouse.firstLine(e.getMessage()), e);
            }
        }
    }

    /** Every line of a CSV file counts, malformed ones too, as the load counted them. */
    private static final class CsvSide extends SourceSide {
        private final Path folder;
        private final Warehouse warehouse;

        CsvSide(Path folder, Warehouse warehouse) {
            this.folder = folder;
            this.warehouse = warehouse;
        }

        @Override
        Totals totals(TableTarget target) throws SQLException {
            Path file = folder.resolve(target.source().csvFileName());
            String sums = target.moneyColumns().stream()
                    .map(c -> ", coalesce(sum(try_cast(" + c + " as decimal(38,2))), 0)").collect(Collectors.joining());
            try (Statement s = warehouse.connection().createStatement()) {
                s.execute("drop table if exists reconcile_reject_errors");
                s.execute("drop table if exists reconcile_reject_scans");
            }
            Totals parsed = Reconciliation.totals(warehouse.connection(), "select count(*)" + sums + " from "
                    + SourceCsv.readAsText(target.source(), file, "reconcile_reject"), target.moneyColumns().size());
            long malformed = warehouse.queryLong("select count(distinct line) from reconcile_reject_errors");
            return new Totals(parsed.rows() + malformed, parsed.sums());
        }

        @Override
        void loadIds(TableTarget target) throws SQLException {
            Path file = folder.resolve(target.source().csvFileName());
            try (Statement s = warehouse.connection().createStatement()) {
                s.execute("drop table if exists reconcile_ids_errors");
                s.execute("drop table if exists reconcile_ids_scans");
                s.execute("create or replace temp table " + SOURCE_IDS + " as select "
                        + SourceTable.sourceId(target.source().keyColumns()) + " as source_id from "
                        + SourceCsv.readAsText(target.source(), file, "reconcile_ids"));
            }
        }
    }

    private static final class JdbcSide extends SourceSide {
        /** Ids appended to the warehouse per statement. */
        private static final int ID_BATCH = 50_000;
        private final Connection connection;
        private final Warehouse warehouse;

        JdbcSide(Connection connection, Warehouse warehouse) {
            this.connection = connection;
            this.warehouse = warehouse;
        }

        @Override
        Totals totals(TableTarget target) throws SQLException {
            String sums = target.moneyColumns().stream().map(c -> ", coalesce(sum(" + c + "), 0)")
                    .collect(Collectors.joining());
            return Reconciliation.totals(connection, "select count(*)" + sums + " from " + target.source().tableName(),
                    target.moneyColumns().size());
        }

        /** Read from the source database in one pass and appended to the warehouse's (temporary) table. */
        @Override
        void loadIds(TableTarget target) throws SQLException {
            try (Statement s = warehouse.connection().createStatement()) {
                s.execute("create or replace temp table " + SOURCE_IDS + " (source_id varchar)");
            }
            List<String> keys = target.source().keyColumns();
            try (Statement read = connection.createStatement();
                 ResultSet rs = read.executeQuery("select " + String.join(", ", keys) + " from "
                         + target.source().tableName());
                 PreparedStatement insert = warehouse.connection().prepareStatement("insert into " + SOURCE_IDS
                         + " select unnest(?::varchar[])")) {
                List<String> batch = new ArrayList<>();
                while (rs.next()) {
                    StringBuilder id = new StringBuilder(rs.getString(1));
                    for (int i = 2; i <= keys.size(); i++) {
                        id.append('@').append(rs.getString(i));
                    }
                    batch.add(id.toString());
                    if (batch.size() == ID_BATCH) {
                        append(insert, batch);
                    }
                }
                append(insert, batch);
            }
        }

        /** The ids as one array parameter, many rows per statement. */
        private void append(PreparedStatement insert, List<String> batch) throws SQLException {
            if (batch.isEmpty()) {
                return;
            }
            insert.setObject(1, warehouse.connection().createArrayOf("VARCHAR", batch.toArray()));
            insert.executeUpdate();
            batch.clear();
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }
}
