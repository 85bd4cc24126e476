package com.homeservices.dw.etl.load;

import com.homeservices.dw.etl.source.SourceTable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where a source table lands: the warehouse table, the columns that identify a source row there (the source's key
 * columns, in {@link SourceTable#keyColumns()}'s order), whether the table keeps versions (a type-2 dimension: only
 * the current version is compared), and the source's money columns, whose control sums every run records.
 */
public record TableTarget(SourceTable source, String table, List<String> key, boolean versioned,
                          List<String> moneyColumns) {

    public TableTarget {
        key = List.copyOf(key);
        moneyColumns = List.copyOf(moneyColumns);
        if (key.size() != source.keyColumns().size()) {
            throw new IllegalArgumentException(table + " needs a column for each of " + source.keyColumns());
        }
        for (String column : moneyColumns) {
            source.columnIndex(column);
        }
    }

    /** A table that holds one row per source row, identified by the one column {@code key}. */
    public static TableTarget of(SourceTable source, String table, String key, String... moneyColumns) {
        return new TableTarget(source, table, List.of(key), false, List.of(moneyColumns));
    }

    /** A table that holds one row per source row, identified by the source's own key columns. */
    public static TableTarget bySourceKey(SourceTable source, String table, String... moneyColumns) {
        return new TableTarget(source, table, source.keyColumns(), false, List.of(moneyColumns));
    }

    /** A type-2 dimension: one row per version, {@code key} the source id, {@code is_current} the live version. */
    public static TableTarget versioned(SourceTable source, String table, String key, String... moneyColumns) {
        return new TableTarget(source, table, List.of(key), true, List.of(moneyColumns));
    }

    /** The condition that a warehouse row {@code f} is the one a typed row {@code t} would replace. */
    String matches(String typedAlias) {
        return key.stream().map(column -> "f." + column + " = " + typedAlias + "." + column)
                .collect(Collectors.joining(" and ")) + (versioned ? " and f.is_current" : "");
    }

    /** A warehouse row's source id as a reject names it: its key, joined by {@code @} where it has several columns. */
    public String sourceId(String alias) {
        return SourceTable.sourceId(
                key.stream().map(column -> "cast(" + alias + "." + column + " as varchar)").toList());
    }
}
