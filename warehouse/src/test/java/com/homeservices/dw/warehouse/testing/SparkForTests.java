package com.homeservices.dw.warehouse.testing;

import com.homeservices.dw.warehouse.policy.CompanyPolicy;
import com.homeservices.dw.warehouse.spark.SparkSessions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** One local Spark session per test JVM (starting one costs seconds), and rows as comparable text. */
public final class SparkForTests {

    private static SparkSession session;

    private SparkForTests() {
    }

    public static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSessions.start("local[2]", CompanyPolicy.DEFAULT_ZONE, 2, null);
        }
        return session;
    }

    /** Each row as its values joined by '|', decimals in plain notation, nulls as empty. */
    public static List<String> lines(Dataset<Row> rows) {
        List<String> lines = new ArrayList<>();
        for (Row row : rows.collectAsList()) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length(); i++) {
                if (i > 0) {
                    line.append('|');
                }
                Object value = row.get(i);
                line.append(value == null ? "" : value instanceof BigDecimal d ? d.toPlainString() : value.toString());
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
