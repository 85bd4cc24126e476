package com.homeservices.dw.reports;

import com.homeservices.dw.warehouse.PrivateFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A report table as CSV for finance and HR (reports.md): the keys that identify each row first, amounts as plain
 * decimals as the SQL shaped them (two places for money), rates with their unit in the column name, ISO dates.
 */
final class CsvOutput {

    private CsvOutput() {
    }

    static void write(TableRows table, Path file, PrivateFiles.Access access) throws IOException {
        try (Writer out = new BufferedWriter(new OutputStreamWriter(PrivateFiles.newOutputStream(file, access),
                StandardCharsets.UTF_8))) {
            write(table.exportColumns(), table.rows(), out);
        }
    }

    /** The report files' CSV form, an explanation's too (ExplanationOutput). */
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    /** {@code columns} of {@code rows} as CSV, a header first. */
    static void write(List<String> columns, List<Map<String, Object>> rows, Writer out) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            csv.printRecord(columns);
            for (Map<String, Object> row : rows) {
                for (String column : columns) {
                    csv.print(value(row.get(column)));
                }
                csv.println();
            }
        }
    }

    /** A value as the CSV writes it: an amount as a plain decimal, as the SQL shaped it. */
    static Object value(Object value) {
        return value instanceof BigDecimal amount ? amount.toPlainString() : value;
    }
}
