package com.homeservices.dw.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.ser.LocalDateTimeSerializer;
import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.PrivateFiles;
import com.homeservices.dw.warehouse.Warehouse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;

/**
 * An explanation written out as {@code ./dw explain} prints it: an aligned table, CSV or JSON. The rows an explanation
 * holds are written from memory; a long one's rest ({@link FigureExplainer.Listing}) is written by DuckDB itself, each
 * line worked out in SQL into an owner-only temporary file and copied through: 456,000 orders in a fraction of a
 * second, where reading them through JDBC took seconds. Both ways write each value alike (amounts as plain decimals,
 * ISO dates, times as {@code 2026-01-05 09:30:00}).
 */
public final class ExplanationOutput {

    /** How an explanation is written. */
    public enum Format {
        TABLE, CSV, JSON;

        /** {@code table}, {@code csv} or {@code json}; anything else is a usage error. */
        public static Format parse(String text) {
            for (Format format : values()) {
                if (format.name().equalsIgnoreCase(text)) {
                    return format;
                }
            }
            throw new IllegalArgumentException("unknown format '" + text + "': use table, csv or json");
        }
    }

    /** The rows ./dw explain holds in memory at most; DuckDB writes a longer explanation's rest itself. */
    public static final int ROWS_HELD = 1_000;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String GAP = "  ";
    /** Stands in a JSON document for a part's rows until they are written in its place. */
    private static final String ROWS_MARK = "@@rows-%d@@";

    private final Connection connection;

    ExplanationOutput(Connection connection) {
        this.connection = connection;
    }

    void write(FigureExplainer.Explanation explained, Format format, OutputStream out) {
        try {
            switch (format) {
                case TABLE -> table(explained, out);
                case CSV -> csv(explained, out);
                case JSON -> json(explained, out);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- table

    private void table(FigureExplainer.Explanation explained, OutputStream out) throws IOException {
        if (explained.isRatio()) {
            for (FigureExplainer.Explanation part : explained.parts()) {
                table(part, out);
                text(out, "\n");
            }
            text(out, explained.formula() + " = " + explained.rounded().toPlainString() + "; the report shows "
                    + explained.figure().toPlainString() + "\n");
            return;
        }
        List<String> columns = explained.columns();
        text(out, explained.report() + ' ' + explained.period().key() + ", " + explained.row().shown() + ", "
                + explained.figureColumn() + "\n");
        FigureExplainer.Listing listing = explained.listing();
        if (listing == null) {
            int[] widths = new int[columns.size()];
            List<List<String>> cells = new ArrayList<>();
            for (Map<String, Object> row : explained.rows()) {
                cells.add(columns.stream().map(c -> text(row.get(c))).toList());
            }
            for (int i = 0; i < widths.length; i++) {
                widths[i] = columns.get(i).length();
                for (List<String> line : cells) {
                    widths[i] = Math.max(widths[i], line.get(i).length());
                }
            }
            StringBuilder lines = new StringBuilder(line(columns, widths));
            cells.forEach(line -> lines.append(line(line, widths)));
            text(out, lines.toString());
        } else {
            Map<String, String> types = types(listing);
            int[] widths = widths(listing, types);
            text(out, line(columns, widths));
            // where each column starts in a line: the widths before it and their gaps
            int[] at = new int[widths.length];
            for (int i = 1; i < widths.length; i++) {
                at[i] = at[i - 1] + widths[i - 1] + GAP.length();
            }
            dump(listing, types, in -> alignLines(in, at, out));
        }
        text(out, String.format("%,d %s adding up to %s; the report shows %s%n", explained.count(),
                explained.count() == 1 ? "row" : "rows", summed(explained), explained.figure().toPlainString()));
    }

    /** The widest text of each column of a listing, its name included. */
    private int[] widths(FigureExplainer.Listing listing, Map<String, String> types) throws IOException {
        List<String> columns = listing.columns();
        List<String> longest = columns.stream().map(c -> "max(length(" + textSql(listing, c, types.get(c)) + "))")
                .toList();
        Map<String, Object> measured = query("select " + String.join(", ", longest) + " from " + listing.table()
                + " where " + listing.figure() + " is not null");
        int[] widths = new int[columns.size()];
        int i = 0;
        for (Object width : measured.values()) {
            widths[i] = Math.max(columns.get(i).length(), width == null ? 0 : ((Number) width).intValue());
            i++;
        }
        return widths;
    }

    /** The sum as the report rounds it, and the exact sum beside it when a share made it longer. */
    private static String summed(FigureExplainer.Explanation explained) {
        String rounded = explained.rounded().toPlainString();
        return explained.sum().compareTo(explained.rounded()) == 0 ? rounded
                : rounded + " (exactly " + explained.sum().toPlainString() + ")";
    }

    private static String line(List<String> values, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(GAP);
            }
            line.append(values.get(i));
            line.append(" ".repeat(Math.max(0, widths[i] - values.get(i).length())));
        }
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        return line.substring(0, end) + "\n";
    }

    // --- CSV

    /** The rows as CSV, a header first, as the report's own CSV files are written; a ratio's parts' rows in turn. */
    private void csv(FigureExplainer.Explanation explained, OutputStream out) throws IOException {
        List<FigureExplainer.Explanation> parts = explained.isRatio() ? explained.parts() : List.of(explained);
        List<String> columns = new ArrayList<>(explained.isRatio() ? List.of("part") : List.of());
        parts.forEach(part -> part.columns().stream().filter(c -> !columns.contains(c)).forEach(columns::add));
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CsvOutput.FORMAT);
        csv.printRecord(columns);
        for (FigureExplainer.Explanation part : parts) {
            if (part.listing() == null) {
                for (Map<String, Object> row : part.rows()) {
                    for (String column : columns) {
                        csv.print(column.equals("part") && explained.isRatio() ? part.figureColumn()
                                : csvValue(row.get(column)));
                    }
                    csv.println();
                }
                csv.flush();
            } else {
                csv.flush();
                FigureExplainer.Listing listing = part.listing();
                Map<String, String> types = types(listing);
                List<String> selected = columns.stream().map(c -> c.equals("part") && explained.isRatio()
                        ? "'" + part.figureColumn() + "' as part"
                        : listing.columns().contains(c) ? valueSql(listing, c, types.get(c)) + " as " + c
                        : "null as " + c).toList();
                copy("select " + String.join(", ", selected) + " from " + listing.table() + " where "
                        + listing.figure() + " is not null", "(format csv, header false)", out);
            }
        }
        writer.flush();
    }

    private static Object csvValue(Object value) {
        return value instanceof LocalDateTime time ? TIME.format(time) : CsvOutput.value(value);
    }

    // --- JSON

    private void json(FigureExplainer.Explanation explained, OutputStream out) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("report", explained.report());
        document.put("period", explained.period().key());
        document.put("row", explained.row().text());
        document.put("figure", explained.figureColumn());
        document.put("value", explained.figure());
        document.put("sum", explained.sum());
        document.put("rounded", explained.rounded());
        List<FigureExplainer.Explanation> listed = new ArrayList<>();
        if (explained.isRatio()) {
            document.put("formula", explained.formula());
            List<Map<String, Object>> parts = new ArrayList<>();
            for (FigureExplainer.Explanation part : explained.parts()) {
                Map<String, Object> shown = new LinkedHashMap<>();
                shown.put("figure", part.figureColumn());
                shown.put("sum", part.sum());
                shown.put("rows", jsonRows(part, listed));
                parts.add(shown);
            }
            document.put("parts", parts);
        } else {
            document.put("rows", jsonRows(explained, listed));
        }
        JavaTimeModule times = new JavaTimeModule();
        times.addSerializer(LocalDateTime.class, new LocalDateTimeSerializer(TIME));
        String text = new ObjectMapper().registerModule(times)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n";
        // each long part's rows written by DuckDB where its mark stands
        int from = 0;
        for (int i = 0; i < listed.size(); i++) {
            String mark = '"' + String.format(ROWS_MARK, i) + '"';
            int at = text.indexOf(mark, from);
            text(out, text.substring(from, at) + "[\n");
            FigureExplainer.Listing listing = listed.get(i).listing();
            Map<String, String> types = types(listing);
            List<String> columns = listing.columns();
            List<byte[]> names = names(columns);
            boolean[] bare = new boolean[columns.size()];
            for (int c = 0; c < bare.length; c++) {
                bare[c] = bare(types.get(columns.get(c)));
            }
            dump(listing, types, in -> new JsonLines(names, bare, out).render(in));
            text(out, "]");
            from = at + mark.length();
        }
        text(out, text.substring(from));
    }

    /** A part's rows for the JSON document: the rows themselves, or the mark its listing is written in place of. */
    private static Object jsonRows(FigureExplainer.Explanation part, List<FigureExplainer.Explanation> listed) {
        if (part.listing() == null) {
            return part.rows();
        }
        listed.add(part);
        return String.format(ROWS_MARK, listed.size() - 1);
    }

    /** The DuckDB type of each column of a listing ({@code DECIMAL(18,2)}, {@code TIMESTAMP}, …). */
    private Map<String, String> types(FigureExplainer.Listing listing) {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select " + String.join(", ", listing.columns()) + " from "
                     + listing.table() + " limit 0")) {
            ResultSetMetaData meta = rs.getMetaData();
            Map<String, String> types = new LinkedHashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                types.put(meta.getColumnLabel(i), meta.getColumnTypeName(i).toUpperCase(Locale.ROOT));
            }
            return types;
        } catch (SQLException e) {
            throw new DwException("cannot read the explanation's rows: " + Warehouse.firstLine(e.getMessage()), e);
        }
    }

    /** Whether JSON writes a column of {@code type} bare: numbers and truth values. */
    private static boolean bare(String type) {
        return type.matches("(DECIMAL|NUMERIC|U?(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT)|BOOLEAN).*");
    }

    // --- DuckDB writing

    /** A column's text as the table and CSV show it: a null as nothing. */
    private static String textSql(FigureExplainer.Listing listing, String column, String type) {
        return "coalesce(" + valueSql(listing, column, type) + ", '')";
    }

    /**
     * A column's value as text: a time without its T, a text's line breaks as blanks (a line is a row), the figure of
     * a row adding a share of its amount as the share worked out exactly ({@link FigureExplainer.Listing#shown}).
     */
    private static String valueSql(FigureExplainer.Listing listing, String column, String type) {
        if (column.equals(listing.figure()) && listing.shown() != null) {
            return "coalesce(" + listing.shown() + ", cast(" + column + " as varchar))";
        }
        return type.startsWith("TIMESTAMP") ? "strftime(" + column + ", '%Y-%m-%d %H:%M:%S')"
                : type.startsWith("VARCHAR") ? "replace(replace(" + column + ", chr(10), ' '), chr(13), ' ')"
                : "cast(" + column + " as varchar)";
    }

    /** Separates a dump's fields, and stands for a null: characters no listed value holds. */
    private static final byte FIELD = 0x1f;
    private static final byte NULL_MARK = 0x1e;

    /**
     * DuckDB writes the listing's rows as lines of fields (each value as the CSV writer shows it, a time without its T)
     * into an owner-only file, which {@code lines} then renders: faster than reading the rows through JDBC.
     */
    private void dump(FigureExplainer.Listing listing, Map<String, String> types, DumpReader lines) throws IOException {
        List<String> selected = listing.columns().stream()
                .map(c -> valueSql(listing, c, types.get(c)) + " as " + c).toList();
        copy("select " + String.join(", ", selected) + " from " + listing.table() + " where " + listing.figure()
                        + " is not null",
                "(format csv, header false, quote '', escape '', delimiter '\u001f', nullstr '\u001e')", file -> {
                    try (InputStream in = Files.newInputStream(file)) {
                        lines.read(in);
                    }
                });
    }

    /** What reads a dump. */
    private interface DumpReader {
        void read(InputStream in) throws IOException;
    }

    /**
     * A dump's lines as the table's: each field from its column's start (the widths and gaps before it), nulls as
     * nothing, trailing blanks cut; in one pass over the bytes, a character counted by its first byte (UTF-8).
     */
    private static void alignLines(InputStream in, int[] at, OutputStream out) throws IOException {
        byte[] chunk = new byte[1 << 16];
        // room for a whole chunk of text and the widest padding a line can take
        int room = chunk.length + at[at.length - 1] + (1 << 16);
        byte[] lines = new byte[room + (1 << 16)];
        int length = 0;
        int column = 0;
        int written = 0;
        int read;
        while ((read = in.read(chunk)) > 0) {
            int i = 0;
            while (i < read) {
                // a run of text, copied at once; a byte continuing a character (UTF-8) adds no width
                int start = i;
                int continuing = 0;
                while (i < read) {
                    byte b = chunk[i];
                    if (b >= 0) {
                        if (b < 0x20) {
                            break;
                        }
                    } else if ((b & 0xC0) == 0x80) {
                        continuing++;
                    }
                    i++;
                }
                if (length + (i - start) + at[at.length - 1] + 1 > lines.length) {
                    lines = Arrays.copyOf(lines, lines.length * 2);
                }
                System.arraycopy(chunk, start, lines, length, i - start);
                length += i - start;
                written += i - start - continuing;
                if (i == read) {
                    break;
                }
                byte mark = chunk[i++];
                if (mark == '\n') {
                    while (length > 0 && lines[length - 1] == ' ') {
                        length--;
                    }
                    lines[length++] = '\n';
                    column = 0;
                    written = 0;
                    if (length > room) {
                        out.write(lines, 0, length);
                        length = 0;
                    }
                } else if (mark == FIELD) {
                    column++;
                    int spaces = at[column] - written;
                    if (spaces > 0) {
                        Arrays.fill(lines, length, length + spaces, (byte) ' ');
                        length += spaces;
                        written += spaces;
                    }
                }
                // a null's mark writes nothing
            }
        }
        out.write(lines, 0, length);
        out.flush();
    }

    /**
     * A dump's lines as JSON objects, one per line, every one after the first led by its comma: each field named, a
     * null as null, a number or truth value bare, any other value a JSON string.
     */
    private static final class JsonLines {

        private final List<byte[]> names;
        private final boolean[] bare;
        private final OutputStream out;
        private byte[] buffer = new byte[256];
        private int length;

        JsonLines(List<byte[]> names, boolean[] bare, OutputStream out) {
            this.names = names;
            this.bare = bare;
            this.out = out;
        }

        void render(InputStream in) throws IOException {
            int fields = names.size();
            byte[] chunk = new byte[1 << 16];
            byte[] line = new byte[256];
            int size = 0;
            int[] starts = new int[fields];
            int[] ends = new int[fields];
            boolean first = true;
            int read;
            while ((read = in.read(chunk)) > 0) {
                for (int at = 0; at < read; at++) {
                    byte b = chunk[at];
                    if (b != '\n') {
                        if (size == line.length) {
                            line = Arrays.copyOf(line, size * 2);
                        }
                        line[size++] = b;
                        continue;
                    }
                    int field = 0;
                    starts[0] = 0;
                    for (int i = 0; i < size && field < fields - 1; i++) {
                        if (line[i] == FIELD) {
                            ends[field++] = i;
                            starts[field] = i + 1;
                        }
                    }
                    ends[fields - 1] = size;
                    write(first ? OPEN : NEXT_OPEN);
                    first = false;
                    for (int c = 0; c < fields; c++) {
                        write(names.get(c));
                        if (ends[c] - starts[c] == 1 && line[starts[c]] == NULL_MARK) {
                            write(NULL);
                        } else if (bare[c]) {
                            write(line, starts[c], ends[c]);
                        } else {
                            quoted(line, starts[c], ends[c]);
                        }
                    }
                    write(CLOSE);
                    write(NEWLINE);
                    if (length > (1 << 16)) {
                        out.write(buffer, 0, length);
                        length = 0;
                    }
                    size = 0;
                }
            }
            out.write(buffer, 0, length);
            out.flush();
        }

        private void write(byte[] bytes) {
            write(bytes, 0, bytes.length);
        }

        private void write(byte[] bytes, int start, int end) {
            int count = end - start;
            if (length + count > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + count));
            }
            System.arraycopy(bytes, start, buffer, length, count);
            length += count;
        }

        /** A JSON string of the field's text. */
        private void quoted(byte[] line, int start, int end) {
            write(QUOTE);
            for (int i = start; i < end; i++) {
                byte b = line[i];
                if (b == '"' || b == '\\') {
                    write(BACKSLASH);
                    write(line, i, i + 1);
                } else if (b >= 0 && b < 0x20) {
                    write(String.format("\\u%04x", b).getBytes(StandardCharsets.US_ASCII));
                } else {
                    write(line, i, i + 1);
                }
            }
            write(QUOTE);
        }

        private static final byte[] QUOTE = {'"'};
        private static final byte[] BACKSLASH = {'\\'};
        private static final byte[] NEWLINE = {'\n'};
    }

    private static final byte[] OPEN = "  {".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NEXT_OPEN = ", {".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE = "}".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);

    /** Each column's {@code "name": } as JSON writes it before the value, after a comma but for the first. */
    private static List<byte[]> names(List<String> columns) {
        List<byte[]> names = new ArrayList<>();
        for (String column : columns) {
            names.add(((names.isEmpty() ? "" : ", ") + "\"" + column + "\": ").getBytes(StandardCharsets.UTF_8));
        }
        return names;
    }

    /** What is done with a file DuckDB wrote. */
    private interface FileUse {
        void use(Path file) throws IOException;
    }

    /** DuckDB writes {@code select} as {@code options} say into an owner-only file, copied to {@code out}. */
    private void copy(String select, String options, OutputStream out) throws IOException {
        copy(select, options, file -> Files.copy(file, out));
    }

    /** DuckDB writes {@code select} as {@code options} say into an owner-only file, which {@code use} reads. */
    private void copy(String select, String options, FileUse use) throws IOException {
        Path folder = Files.createTempDirectory("dw-explain-");
        PrivateFiles.restrict(folder);
        Path file = folder.resolve("rows");
        try {
            try (Statement statement = connection.createStatement()) {
                statement.execute("copy (" + select + ") to '" + file.toString().replace("'", "''") + "' "
                        + options);
            } catch (SQLException e) {
                throw new DwException("cannot write the explanation's rows: " + Warehouse.firstLine(e.getMessage()),
                        e);
            }
            use.use(file);
        } finally {
            PrivateFiles.deleteAll(folder);
        }
    }

    private Map<String, Object> query(String sql) throws IOException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
            }
            return row;
        } catch (SQLException e) {
            throw new DwException("cannot read the explanation's rows: " + Warehouse.firstLine(e.getMessage()), e);
        }
    }

    private static void text(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(Object value) {
        return value == null ? "" : value instanceof BigDecimal amount ? amount.toPlainString()
                : value instanceof LocalDateTime time ? TIME.format(time) : value.toString();
    }
}
