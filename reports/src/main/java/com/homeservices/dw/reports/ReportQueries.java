package com.homeservices.dw.reports;

import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.SqlFiles;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.period.Period;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
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
     * The rows of {@code resource} that have a value in any of {@code anyOf}, with the columns {@code keep} alone, in
     * its order: what an explanation lists of an explain query that gives every figure of its table. The columns are
     * the query's own (checked as plain names), never a reader's text.
     */
    List<Map<String, Object>> rowsWithAny(String resource, List<String> keep, List<String> anyOf,
                                          List<String> columns) {
        for (String name : keep) {
            if (!name.matches("[a-z][a-z0-9_]*")) {
                throw new IllegalArgumentException("not a column's name: " + name);
            }
        }
        if (!keep.containsAll(anyOf) || anyOf.isEmpty()) {
            throw new IllegalArgumentException("the columns a row must have a value in are kept: " + anyOf);
        }
        String sql = "select " + String.join(", ", keep) + "\nfrom (\n" + SqlFiles.readResource(resource)
                + "\n) as explained\nwhere " + String.join(" is not null or ", anyOf) + " is not null";
        return runSql(resource, sql, columns);
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

    private List<Map<String, Object>> run(String resource, List<String> columns) {
        return runSql(resource, SqlFiles.readResource(resource), columns);
    }

    private List<Map<String, Object>> runSql(String resource, String sql, List<String> columns) {
        ParsedSql parsed = NamedParameterUtils.parseSqlStatement(sql);
        MapSqlParameterSource source = new MapSqlParameterSource(values);
        Object[] bound = NamedParameterUtils.buildValueArray(parsed, source, null);
        try (PreparedStatement query = connection.prepareStatement(
                NamedParameterUtils.substituteNamedParameters(parsed, source))) {
            for (int i = 0; i < bound.length; i++) {
                query.setObject(i + 1, bound[i]);
            }
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
