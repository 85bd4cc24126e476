package com.homeservices.dw.etl.load;

import com.homeservices.dw.etl.source.SourceCsv;
import com.homeservices.dw.etl.source.SourceTable;
import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.Warehouse;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;

/**
 * Staging tables {@code stg_<table>}: the source rows as text, numbered in the order read. Text staging means a bad
 * value becomes a reject with a reason in the typed step, never a failed load.
 */
final class Staging {

    private final Warehouse warehouse;

    Staging(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    void dropTemporary(SourceTable table) {
        warehouse.execute("drop table if exists temp." + stagingTable(table));
    }

    static String stagingTable(SourceTable table) {
        return "stg_" + table.tableName();
    }

    /**
     * An empty staging table for {@code table}: {@code source_row} then every source column as VARCHAR. A JDBC
     * extract is kept in the warehouse file, so a restarted run need not read the source database again.
     */
    void recreate(SourceTable table) {
        String columns = table.columns().stream().map(c -> c + " varchar").collect(Collectors.joining(", "));
        warehouse.execute("create or replace table " + stagingTable(table) + " (source_row bigint, " + columns + ")");
    }

    /**
     * Stages {@code <folder>/<table>.csv} with DuckDB's own CSV reader. Lines that are not CSV of the right shape
     * (too many or too few fields, broken quoting, bad UTF-8) are kept by DuckDB's rejects tables and recorded as
     * {@code malformed_line} rejects of this run.
     *
     * @return the rows read: staged rows plus malformed lines
     */
    long stageCsv(SourceTable table, Path folder, long runId) {
        Path file = folder.resolve(table.csvFileName());
        checkHeader(table, file);
        try (Statement s = warehouse.connection().createStatement()) {
            s.execute("drop table if exists csv_reject_errors");
            s.execute("drop table if exists csv_reject_scans");
            // Numbered as if no line were malformed (header = line 1); TableLoad corrects the number of a rejected
            // row by the malformed lines before it, so the fix costs nothing for the rows that load.
            // A temporary table: the file itself is the durable copy, and DuckDB need not write the text twice.
            s.execute("create or replace temp table " + stagingTable(table) + " as"
                    + " select row_number() over () + 1 as source_row, *"
                    + " from " + SourceCsv.readAsText(table, file, "csv_reject"));
        } catch (SQLException e) {
            throw new DwException("cannot read " + file + ": " + Warehouse.firstLine(e.getMessage()), e);
        }
        refuseRunawayQuote(file);
        long malformed;
        try (PreparedStatement insert = warehouse.connection().prepareStatement(
                "insert into etl_reject"
                        + " select ?, ?, line, null, 'malformed_line', min(error_type) || ': ' || min(error_message),"
                        + " min(csv_line) from csv_reject_errors group by line")) {
            insert.setLong(1, runId);
            insert.setString(2, table.tableName());
            malformed = insert.executeUpdate();
        } catch (SQLException e) {
            throw new DwException("cannot record the malformed lines of " + file + ": "
                    + Warehouse.firstLine(e.getMessage()), e);
        }
        return warehouse.queryLong("select count(*) from " + stagingTable(table)) + malformed;
    }

    /**
     * A quote that never closes makes every later line part of one field: the lines after it can no longer be told
     * apart, so the file is refused with the line to fix, rather than turned into one reject that hides many rows.
     */
    private void refuseRunawayQuote(Path file) {
        try (Statement s = warehouse.connection().createStatement();
             var rs = s.executeQuery("select min(line) from csv_reject_errors where contains(csv_line, chr(10))")) {
            rs.next();
            long line = rs.getLong(1);
            if (!rs.wasNull()) {
                throw new DwException(file + " line " + line + " opens a quote that is never closed, so the lines after"
                        + " it cannot be told apart; fix the file and load again");
            }
        } catch (SQLException e) {
            throw new DwException("cannot check " + file + ": " + Warehouse.firstLine(e.getMessage()), e);
        }
    }

    /** A file whose header is not the contract's is refused whole: its columns cannot be trusted to mean anything. */
    static void checkHeader(SourceTable table, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DwException("the source folder " + file.getParent() + " has no " + table.csvFileName());
        }
        String expected = String.join(",", table.columns());
        String header = firstLine(file);
        if (header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        if (!header.strip().equals(expected)) {
            throw new DwException(file + " has the header '" + header.strip() + "' but source.md's "
                    + table.tableName() + " has the columns '" + expected + "'");
        }
    }

    /** The bytes up to the first line break, as UTF-8: a bad byte further down is a reject, not this check's concern. */
    private static String firstLine(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b != -1 && b != '\n' && line.size() < 1 << 16; b = in.read()) {
                line.write(b);
            }
            return line.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DwException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
