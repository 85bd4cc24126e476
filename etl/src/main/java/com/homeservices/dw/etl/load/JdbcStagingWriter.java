package com.homeservices.dw.etl.load;

import com.homeservices.dw.etl.source.SourceTable;
import com.homeservices.dw.warehouse.Progress;
import com.homeservices.dw.warehouse.Warehouse;
import java.sql.SQLException;
import org.duckdb.DuckDBAppender;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Appends a chunk of source rows, as text, to the staging table through DuckDB's appender (never row INSERTs). */
final class JdbcStagingWriter implements ItemWriter<String[]> {

    private final Warehouse warehouse;
    private final SourceTable table;
    private final Progress progress;
    private long rowNumber;

    JdbcStagingWriter(Warehouse warehouse, SourceTable table, Progress progress) {
        this.warehouse = warehouse;
        this.table = table;
        this.progress = progress;
    }

    @Override
    public void write(Chunk<? extends String[]> chunk) throws SQLException {
        try (DuckDBAppender appender = warehouse.appender(Staging.stagingTable(table))) {
            for (String[] row : chunk) {
                appender.beginRow().append(++rowNumber);
                for (String value : row) {
                    if (value == null) {
                        appender.appendNull();
                    } else {
                        appender.append(value);
                    }
                }
                appender.endRow();
            }
        }
        progress.rows(rowNumber);
    }

    void restart() {
        rowNumber = 0;
    }

    long rowsWritten() {
        return rowNumber;
    }
}
