package com.homeservices.dw.etl.load;

import com.homeservices.dw.etl.source.SourceTable;
import java.util.List;

/**
 * Where a source table lands: the warehouse table, the column that identifies a row there, and the source's money
 * columns, whose control sums every run records.
 */
public record TableTarget(SourceTable source, String table, String key, List<String> moneyColumns) {

    public TableTarget {
        moneyColumns = List.copyOf(moneyColumns);
        for (String column : moneyColumns) {
            source.columnIndex(column);
        }
    }
}
