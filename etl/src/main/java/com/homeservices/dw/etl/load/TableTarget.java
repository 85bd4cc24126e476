package com.homeservices.dw.etl.load;

import com.homeservices.dw.etl.source.SourceTable;
import java.util.List;

/**
 * Where a source table lands: the warehouse table, the column that identifies a source row there, whether the table
 * keeps versions (a type-2 dimension: only the current version is compared), and the source's money columns, whose
 * control sums every run records.
 */
public record TableTarget(SourceTable source, String table, String key, boolean versioned, List<String> moneyColumns) {

    public TableTarget {
        moneyColumns = List.copyOf(moneyColumns);
        for (String column : moneyColumns) {
            source.columnIndex(column);
        }
    }

    /** A table that holds one row per source row. */
    public static TableTarget of(SourceTable source, String table, String key, String... moneyColumns) {
        return new TableTarget(source, table, key, false, List.of(moneyColumns));
    }

    /** A type-2 dimension: one row per version, {@code key} the source id, {@code is_current} the live version. */
    public static TableTarget versioned(SourceTable source, String table, String key, String... moneyColumns) {
        return new TableTarget(source, table, key, true, List.of(moneyColumns));
    }

    /** The condition that a warehouse row {@code f} is the one a typed row {@code t} would replace. */
    String matches(String typedAlias) {
        return "f." + key + " = " + typedAlias + "." + key + (versioned ? " and f.is_current" : "");
    }
}
