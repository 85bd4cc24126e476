package com.homeservices.dw.reports;

import com.homeservices.dw.warehouse.SqlFiles;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A report's rows as CSV for finance and HR (reports.md): amounts as plain decimals with two places, ISO dates,
 * the keys that identify each row first, units in the column names.
 */
final class CsvExport {

    private CsvExport() {
    }

    static void write(Connection connection, ReportName report, LocalDate periodStart, Scope scope, Path file)
            throws SQLException, IOException {
        try (PreparedStatement query = connection.prepareStatement(
                SqlFiles.read("exports/" + report.commandName() + ".sql"))) {
            query.setObject(1, periodStart);
            query.setString(2, scope.businessUnit());
            query.setString(3, scope.businessUnit());
            query.setString(4, scope.outlet());
            query.setString(5, scope.outlet());
            try (ResultSet rows = query.executeQuery();
                 Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
                int columns = rows.getMetaData().getColumnCount();
                for (int i = 1; i <= columns; i++) {
                    csv.print(rows.getMetaData().getColumnLabel(i));
                }
                csv.println();
                while (rows.next()) {
                    for (int i = 1; i <= columns; i++) {
                        Object value = rows.getObject(i);
                        csv.print(value instanceof BigDecimal amount
                                ? amount.setScale(2, RoundingMode.HALF_UP).toPlainString()
                                : value instanceof java.sql.Date date ? date.toLocalDate().toString() : value);
                    }
                    csv.println();
                }
            }
        }
    }
}
