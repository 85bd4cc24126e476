package com.homeservices.dw.reports;

import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.SqlFiles;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.period.Period;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;

/**
 * Runs a report's SQL files against the marts. They name their values ({@code :period_start}, {@code :period_end},
 * {@code :period_kind}, {@code :scope_business_unit}, {@code :scope_outlet}, {@code :trend_start}), bound as JDBC parameters by Spring's
 * named-parameter parser: nothing a user typed is ever pasted into SQL.
 */
final class ReportQueries {

    private final Connection connection;
    private final Map<String, Object> values;

    ReportQueries(Connection connection, Period period, Scope scope) {
        this.connection = connection;
        this.values = new HashMap<>();
        values.put("period_start", period.start());
        values.put("period_end", period.end());
        values.put("period_kind", period.kind().code());
        values.put("scope_business_unit", scope.businessUnit());
        values.put("scope_outlet", scope.outlet());
        values.put("trend_start", period.start());
    }

    /** The same values, with the first of {@code periods} trailing periods ending with the report's. */
    ReportQueries trend(Period period, int periods) {
        ReportQueries trend = new ReportQueries(connection, values);
        trend.values.put("trend_start", period.plus(-(periods - 1)).start());
        return trend;
    }

    /**
     * The same values with the key columns of one row of a table: {@code :row_<column>} ({@code :row_customer_code}),
     * so that an explain query reads that row's sources alone.
     */
    ReportQueries forRow(RowKey row) {
        ReportQueries forRow = new ReportQueries(connection, values);
        row.keys().forEach((column, value) -> forRow.values.put("row_" + column, value));
        return forRow;
    }

    private ReportQueries(Connection connection, Map<String, Object> values) {
        this.connection = connection;
        this.values = new HashMap<>(values);
    }

    TableRows table(String report, ReportDefinition.Table table) {
        List<String> columns = new ArrayList<>();
        List<Map<String, Object>> rows = run(table.sql(report), columns);
        return new TableRows(table, columns, rows);
    }

    /** The first {@code limit} rows of a table, in its order. */
    TableRows tableHead(String report, ReportDefinition.Table table, int limit) {
        List<String> columns = new ArrayList<>();
        List<Map<String, Object>> rows = runSql(table.sql(report), "select * from (\n"
                + SqlFiles.readResource(table.sql(report)) + "\n) as shown limit " + limit, columns);
        return new TableRows(table, columns, rows);
    }

    /** How many rows a table has, counted by DuckDB, none fetched. */
    long count(String report, ReportDefinition.Table table) {
        List<Map<String, Object>> counted = runSql(table.sql(report), "select count(*) as n from (\n"
                + SqlFiles.readResource(table.sql(report)) + "\n) as shown", new ArrayList<>());
        return ((Number) counted.get(0).get("n")).longValue();
    }

    List<Map<String, Object>> rows(String resource) {
        return run(resource, new ArrayList<>());
    }

    /** The rows of {@code resource}, its column names added to {@code columns} in order. */
    List<Map<String, Object>> rows(String resource, List<String> columns) {
        return run(resource, columns);
    }

    /**
     * Makes {@code table}, a temporary table of the connection, of the rows of {@code resource} that have a value in any
     * of {@code anyOf} and are {@code row}'s, with the columns {@code keep} alone, in its order: what an explanation
     * lists of an explain query that gives every figure of its table. The columns are the query's own (checked as
     * plain names), the row's values bound as parameters: never a reader's text in the SQL.
     */
    void makeTable(String table, String resource, List<String> keep, List<String> anyOf, RowKey row) {
        checkNames(keep);
        checkNames(List.of(table));
        if (!keep.containsAll(anyOf) || anyOf.isEmpty()) {
            throw new IllegalArgumentException("the columns a row must have a value in are kept: " + anyOf);
        }
        ReportQueries bound = new ReportQueries(connection, values);
        List<String> matches = bound.matching(row);
        matches.add("(" + String.join(" is not null or ", anyOf) + " is not null)");
        String sql = "create temp table " + table + " as\nselect " + String.join(", ", keep) + "\nfrom (\n"
                + SqlFiles.readResource(resource) + "\n) as explained\nwhere " + String.join("\n  and ", matches);
        bound.execute(resource, sql);
    }

    /** The rows of a report's table that are {@code row}'s (a business unit's: its outlets'), picked by DuckDB. */
    TableRows tableFor(String report, ReportDefinition.Table table, RowKey row) {
        ReportQueries bound = new ReportQueries(connection, values);
        List<String> columns = new ArrayList<>();
        List<String> matches = bound.matching(row);
        String sql = "select * from (\n" + SqlFiles.readResource(table.sql(report)) + "\n) as shown"
                + (matches.isEmpty() ? "" : "\nwhere " + String.join("\n  and ", matches));
        return new TableRows(table, columns, bound.runSql(table.sql(report), sql, columns));
    }

    /**
     * The conditions that pick {@code row}'s rows of a table or of its explanation: its outlet's or business unit's
     * code and its keys, each compared as text with its value bound here as a parameter.
     */
    private List<String> matching(RowKey row) {
        List<String> matches = new ArrayList<>();
        if (row.scope().kind() != Scope.Kind.COMPANY) {
            String column = row.scope().kind() == Scope.Kind.OUTLET ? "outlet_code" : "business_unit_code";
            matches.add("cast(" + column + " as varchar) = :match_scope");
            values.put("match_scope", row.scope().code());
        }
        int key = 0;
        for (Map.Entry<String, String> value : row.keys().entrySet()) {
            checkNames(List.of(value.getKey()));
            matches.add("cast(" + value.getKey() + " as varchar) = :match_" + key);
            values.put("match_" + key++, value.getValue());
        }
        return matches;
    }

    /** The rows of a table {@link #makeTable} made that have a value in {@code figure}: their first {@code limit}. */
    List<Map<String, Object>> tableRows(String table, List<String> columns, String figure, String condition,
                                        int limit) {
        checkNames(columns);
        checkNames(List.of(table, figure));
        return runSql(table, "select " + String.join(", ", columns) + " from " + table + " where " + figure
                + " is not null" + (condition == null ? "" : " and " + condition)
                + (limit == Integer.MAX_VALUE ? "" : " limit " + limit), new ArrayList<>());
    }

    /** Adds {@code column} to a table {@link #makeTable} made, with a text for each row of {@code texts} by rowid. */
    void addShown(String table, String column, Map<Long, String> texts) {
        checkNames(List.of(table, column));
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table " + table + " add column " + column + " varchar");
        } catch (SQLException e) {
            throw new DwException("cannot list the rows (" + table + "): " + Warehouse.firstLine(e.getMessage()), e);
        }
        try (PreparedStatement update = connection.prepareStatement("update " + table + " set " + column
                + " = ? where rowid = ?")) {
            for (Map.Entry<Long, String> text : texts.entrySet()) {
                update.setString(1, text.getValue());
                update.setLong(2, text.getKey());
                update.addBatch();
            }
            update.executeBatch();
        } catch (SQLException e) {
            throw new DwException("cannot list the rows (" + table + "): " + Warehouse.firstLine(e.getMessage()), e);
        }
    }

    /**
     * How many rows of a table {@link #makeTable} made have a value in {@code figure} (and meet {@code condition}, the
     * code's own SQL, when not null), and its exact sum.
     */
    CountAndSum countAndSum(String table, String figure, String condition) {
        checkNames(List.of(table, figure));
        Map<String, Object> counted = runSql(table, "select count(" + figure + ") as n, sum(" + figure + ") as total"
                + " from " + table + (condition == null ? "" : " where " + condition), new ArrayList<>()).get(0);
        Object total = counted.get("total");
        return new CountAndSum(((Number) counted.get("n")).longValue(), total == null ? BigDecimal.ZERO
                : total instanceof BigDecimal decimal ? decimal : new BigDecimal(total.toString()));
    }

    /** How many rows add to a figure, and what they add up to. */
    record CountAndSum(long count, BigDecimal sum) {
    }

    private static void checkNames(List<String> names) {
        for (String name : names) {
            if (!name.matches("[a-z][a-z0-9_]*")) {
                throw new IllegalArgumentException("not a column's name: " + name);
            }
        }
    }

    /** The column names {@code resource} returns, without running it. */
    List<String> columns(String resource) {
        ParsedSql parsed = NamedParameterUtils.parseSqlStatement(SqlFiles.readResource(resource));
        MapSqlParameterSource source = new MapSqlParameterSource(values);
        try (PreparedStatement query = connection.prepareStatement(
                NamedParameterUtils.substituteNamedParameters(parsed, source))) {
            ResultSetMetaData meta = query.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnLabel(i));
            }
            return columns;
        } catch (SQLException e) {
            throw new DwException("cannot read the marts (" + resource + "): " + Warehouse.firstLine(e.getMessage()), e);
        }
    }

    private void execute(String resource, String sql) {
        try (PreparedStatement statement = bound(sql)) {
            statement.execute();
        } catch (SQLException e) {
            throw new DwException("cannot read the marts (" + resource + "): " + Warehouse.firstLine(e.getMessage()), e);
        }
    }

    /** {@code sql} prepared with its named values bound as JDBC parameters. */
    private PreparedStatement bound(String sql) throws SQLException {
        ParsedSql parsed = NamedParameterUtils.parseSqlStatement(sql);
        MapSqlParameterSource source = new MapSqlParameterSource(values);
        Object[] bound = NamedParameterUtils.buildValueArray(parsed, source, null);
        PreparedStatement statement = connection.prepareStatement(
                NamedParameterUtils.substituteNamedParameters(parsed, source));
        try {
            for (int i = 0; i < bound.length; i++) {
                statement.setObject(i + 1, bound[i]);
            }
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
        return statement;
    }

    private List<Map<String, Object>> run(String resource, List<String> columns) {
        return runSql(resource, SqlFiles.readResource(resource), columns);
    }

    private List<Map<String, Object>> runSql(String resource, String sql, List<String> columns) {
        try (PreparedStatement query = bound(sql)) {
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                int count = meta.getColumnCount();
                int[] types = new int[count + 1];
                for (int i = 1; i <= count; i++) {
                    columns.add(meta.getColumnLabel(i));
                    types[i] = meta.getColumnType(i);
                }
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>(count * 2);
                    for (int i = 1; i <= count; i++) {
                        row.put(columns.get(i - 1), value(rs, i, types[i]));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new DwException("cannot read the marts (" + resource + "): " + Warehouse.firstLine(e.getMessage()), e);
        }
    }

    /** Dates as {@code LocalDate}, times as {@code LocalDateTime}, a wide integer as a {@code Long}. */
    private static Object value(ResultSet rs, int column, int type) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return null;
        }
        return switch (type) {
            // read as text: the driver's LocalDate goes through java.util.Date and the time zone, a tenth of a
            // second per hundred thousand rows
            case Types.DATE -> LocalDate.parse(rs.getString(column));
            case Types.TIMESTAMP -> rs.getObject(column, LocalDateTime.class);
            default -> value instanceof BigInteger big ? big.longValueExact() : value;
        };
    }
}
