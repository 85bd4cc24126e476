package com.homeservices.dw.etl.load;

import com.homeservices.dw.etl.source.SourceCsv;
import com.homeservices.dw.etl.source.SourceTable;
import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.Warehouse;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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
        warehouse.execute("drop view if exists temp." + stagingTable(table));
        warehouse.execute("drop table if exists temp." + csvTable(table));
    }

    /** Where a CSV file's rows are read to, in file order; {@code stg_<table>} numbers them by their position. */
    private static String csvTable(SourceTable table) {
        return stagingTable(table) + "_csv";
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
     * Stages {@code <folder>/<table>.csv} with DuckDB's own CSV reader, each column parsed as its type while reading.
     * A line that does not load as it stands is kept by DuckDB's rejects tables and recorded as a reject of this run:
     * a value that does not parse ({@code bad_number}, {@code bad_date}, naming the first such column) or a line that
     * is not CSV of the right shape ({@code malformed_line}: too many or too few fields, broken quoting, bad UTF-8).
     *
     * @return the rows read: staged rows plus rejected lines
     */
    long stageCsv(SourceTable table, Path folder, long runId) {
        Path file = folder.resolve(table.csvFileName());
        checkHeader(table, file);
        try (Statement s = warehouse.connection().createStatement()) {
            s.execute("drop table if exists csv_reject_errors");
            s.execute("drop table if exists csv_reject_scans");
            // A temporary table: the file itself is the durable copy, and DuckDB need not write the rows twice.
            s.execute("set preserve_insertion_order = true");
            s.execute("create or replace temp table " + csvTable(table) + " as"
                    + " select * from " + SourceCsv.readTyped(table, file, "csv_reject"));
            // Numbered as if no line were rejected while reading (header = line 1); TableLoad corrects the number of
            // a row it rejects by the lines rejected before it, so the fix costs nothing for the rows that load.
            // DuckDB keeps the reader's order (preserve_insertion_order), so a row's position in the table is its
            // order in the file: numbering by rowid is free, where row_number() over () would serialise the read.
            s.execute("create or replace temp view " + stagingTable(table) + " as"
                    + " select rowid + 2 as source_row, * from " + csvTable(table));
        } catch (SQLException e) {
            throw new DwException("cannot read " + file + ": " + Warehouse.firstLine(e.getMessage()), e);
        }
        refuseRunawayQuote(file);
        long rejected = recordMalformedLines(table, file, runId) + recordUnparsedLines(table, file, runId);
        return warehouse.queryLong("select count(*) from " + stagingTable(table)) + rejected;
    }

    /** Lines that are not CSV of the table's shape: kept as they are in the file. */
    private long recordMalformedLines(SourceTable table, Path file, long runId) {
        try (PreparedStatement insert = warehouse.connection().prepareStatement(
                "insert into etl_reject"
                        + " select ?, ?, line, null, 'malformed_line', min(error_type) || ': ' || min(error_message),"
                        + " min(csv_line) from csv_reject_errors group by line having bool_or(error_type <> 'CAST')")) {
            insert.setLong(1, runId);
            insert.setString(2, table.tableName());
            return insert.executeUpdate();
        } catch (SQLException e) {
            throw new DwException("cannot record the malformed lines of " + file + ": "
                    + Warehouse.firstLine(e.getMessage()), e);
        }
    }

    /**
     * Well-formed lines with a value that does not parse as its column's type. Each line's bytes are read again from
     * the file: bytes that are not UTF-8 make it a {@code malformed_line} (DuckDB reports a bad byte in a typed
     * column as a value that does not parse); the others are read as text from a file of those lines alone, so the
     * reject keeps the row's fields as a database extract's reject does, and names the first column at fault.
     */
    private long recordUnparsedLines(SourceTable table, Path file, long runId) {
        Path lines = null;
        try (Statement s = warehouse.connection().createStatement()) {
            List<Long> lineNumbers = new ArrayList<>();
            List<Long> offsets = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select line, min(line_byte_position) from csv_reject_errors"
                    + " group by line having bool_and(error_type = 'CAST') order by line")) {
                while (rs.next()) {
                    lineNumbers.add(rs.getLong(1));
                    offsets.add(rs.getLong(2));
                }
            }
            if (lineNumbers.isEmpty()) {
                return 0;
            }
            List<String> text = new ArrayList<>();
            text.add(String.join(",", table.columns()));
            StringBuilder badEncoding = new StringBuilder("0");
            try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "r")) {
                for (int i = 0; i < offsets.size(); i++) {
                    String line = utf8Line(raw, offsets.get(i));
                    if (line == null) {
                        badEncoding.append(", ").append(lineNumbers.get(i));
                    } else {
                        text.add(line);
                    }
                }
            }
            lines = Files.createTempFile("dw-unparsed-" + table.tableName(), ".csv");
            Files.write(lines, text, StandardCharsets.UTF_8);
            s.execute("drop table if exists unparsed_reject_errors");
            s.execute("drop table if exists unparsed_reject_scans");
            s.execute("create or replace temp table unparsed_text as select row_number() over () as position, * from "
                    + SourceCsv.readAsText(table, lines, "unparsed_reject"));
            try (PreparedStatement insert = warehouse.connection().prepareStatement("insert into etl_reject"
                    + " with errors as (select distinct on (line) line, csv_line, " + unparsed(table) + " as verdict"
                    + "   from csv_reject_errors where line in (select line from csv_reject_errors group by line"
                    + "   having bool_and(error_type = 'CAST')) order by line, column_idx),"
                    + " encoded as (select row_number() over (order by line) + 1 as file_line, *"
                    + "   from errors where line not in (" + badEncoding + ")),"
                    + " parsed as (select row_number() over (order by line) as position, *"
                    + "   from encoded where file_line not in (select line from unparsed_reject_errors)),"
                    + " select ?, ?, parsed.line, " + sourceId(table) + ", split_part(verdict, ':', 1),"
                    + "   substr(verdict, strpos(verdict, ':') + 1), to_json(struct_pack("
                    + table.columns().stream().map(c -> c + " := text." + c).collect(Collectors.joining(", "))
                    + "))::varchar from parsed join unparsed_text as text using (position)"
                    + " union all"
                    + " select ?, ?, line, null, 'malformed_line', 'INVALID ENCODING: the line is not UTF-8', csv_line"
                    + " from errors where line in (" + badEncoding + ")"
                    + " union all"
                    + " select ?, ?, line, null, 'malformed_line', 'UNREADABLE: ' || verdict, csv_line"
                    + " from encoded where file_line in (select line from unparsed_reject_errors)")) {
                for (int i = 0; i < 3; i++) {
                    insert.setLong(2 * i + 1, runId);
                    insert.setString(2 * i + 2, table.tableName());
                }
                return insert.executeUpdate();
            } finally {
                s.execute("drop table if exists unparsed_text");
            }
        } catch (SQLException | IOException e) {
            throw new DwException("cannot record the unparsed lines of " + file + ": "
                    + Warehouse.firstLine(e.getMessage()), e);
        } finally {
            if (lines != null) {
                lines.toFile().delete();
            }
        }
    }

    /**
     * The physical line DuckDB places at {@code position} (counted from 1; with CRLF line ends it can point at the
     * line feed before the line), or null when its bytes are not UTF-8.
     */
    private static String utf8Line(RandomAccessFile raw, long position) throws IOException {
        raw.seek(Math.max(0, position - 1));
        int b = raw.read();
        while (b == '\r' || b == '\n') {
            b = raw.read();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (; b != -1 && b != '\n'; b = raw.read()) {
            bytes.write(b);
        }
        byte[] line = bytes.toByteArray();
        int length = line.length > 0 && line[line.length - 1] == '\r' ? line.length - 1 : line.length;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(line, 0, length)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * The reject reason and detail of a value that did not parse as its column's type, in {@code typed.sql}'s words:
     * {@code case column_name when … end}.
     */
    private static String unparsed(SourceTable table) {
        StringBuilder verdict = new StringBuilder("case column_name");
        for (String column : table.columns()) {
            String type = table.type(column);
            String what;
            if (type.equals("bigint") || type.equals("integer")) {
                what = "bad_number:" + column + " is not a whole number";
            } else if (type.equals("decimal(14,2)")) {
                what = "bad_number:" + column + " is not an amount";
            } else if (type.startsWith("decimal")) {
                what = "bad_number:" + column + " is not a number";
            } else if (type.equals("date") || type.equals("timestamp")) {
                what = "bad_date:" + column + " is not a " + type;
            } else {
                continue;
            }
            verdict.append(" when '").append(column).append("' then '").append(what).append("'");
        }
        return verdict.append(" end").toString();
    }

    /** The source id of a row read as text: its key columns, joined by {@code @} where there are several. */
    private static String sourceId(SourceTable table) {
        return SourceTable.sourceId(table.keyColumns().stream().map(c -> "text." + c).toList());
    }

    /**
     * A quote that never closes makes every later line part of one field: the lines after it can no longer be told
     * apart, so the file is refused with the line to fix, rather than turned into one reject that hides many rows.
     * (With CRLF line ends DuckDB may keep the line feed before a rejected line: that one does not count.)
     */
    private void refuseRunawayQuote(Path file) {
        try (Statement s = warehouse.connection().createStatement();
             var rs = s.executeQuery("select min(line) from csv_reject_errors"
                     + " where contains(trim(csv_line, chr(13) || chr(10)), chr(10))")) {
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
