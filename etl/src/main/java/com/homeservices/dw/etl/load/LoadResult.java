package com.homeservices.dw.etl.load;

import java.util.List;

/** What a load run did, table by table, in load order. */
public record LoadResult(long runId, String source, List<TableCounts> tables) {

    public TableCounts table(String name) {
        return tables.stream().filter(t -> t.table().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the run did not load " + name));
    }
}
