package com.homeservices.dw.etl.source;

import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The CSV layout of source.md as DuckDB reads it: a header row, comma, double quotes, every column as text (a bad
 * value is a reject, not a failed read), and no sniffing, so a broken line is a reject instead of a refused file.
 */
public final class SourceCsv {

    private SourceCsv() {
    }

    /**
     * The {@code read_csv(…)} table function over {@code file}, keeping broken lines in the tables
     * {@code <rejects>_errors} and {@code <rejects>_scans}.
     */
    public static String readAsText(SourceTable table, Path file, String rejects) {
        return read(table, file, rejects, column -> "varchar");
    }

    /**
     * As {@link #readAsText}, but each column read as its {@link SourceTable#type}: a value that does not parse
     * leaves its line out, kept in {@code <rejects>_errors} as a {@code CAST} error naming the column. Parsing while
     * reading is what makes a large file fast: text staging and a cast afterwards cost twice the read.
     */
    public static String readTyped(SourceTable table, Path file, String rejects) {
        return read(table, file, rejects, table::type);
    }

    private static String read(SourceTable table, Path file, String rejects, Function<String, String> type) {
        String columns = table.columns().stream().map(c -> "'" + c + "': '" + type.apply(c) + "'")
                .collect(Collectors.joining(", "));
        return "read_csv(" + quoted(file) + ", header = true, delim = ',', quote = '\"', escape = '\"',"
                + " auto_detect = false, columns = {" + columns + "}, store_rejects = true,"
                + " rejects_table = '" + rejects + "_errors', rejects_scan = '" + rejects + "_scans')";
    }

    private static String quoted(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
