package com.homeservices.dw.etl.generator;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** How a generated value is written as text: ISO dates, {@code yyyy-MM-dd HH:mm:ss} times, plain decimals. */
final class SourceValues {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private SourceValues() {
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof LocalDateTime t) {
            return TIMESTAMP.format(t);
        }
        return value.toString();
    }

    /** A CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180). */
    static String csvField(Object value) {
        String text = text(value);
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    static String csvLine(Object[] row) {
        StringBuilder line = new StringBuilder(row.length * 12);
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(csvField(row[i]));
        }
        return line.toString();
    }
}
