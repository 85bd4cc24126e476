package com.homeservices.dw.warehouse.testing;

import com.homeservices.dw.warehouse.Warehouse;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A query's rows as text, values joined by '|', decimals in plain notation, nulls empty: compared exactly. */
public final class Rows {

    private Rows() {
    }

    public static List<String> of(Warehouse warehouse, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (var s = warehouse.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder line = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    Object value = rs.getObject(i);
                    line.append(i > 1 ? "|" : "").append(value == null ? ""
                            : value instanceof BigDecimal d ? d.toPlainString() : value);
                }
                rows.add(line.toString());
            }
        }
        return rows;
    }
}
