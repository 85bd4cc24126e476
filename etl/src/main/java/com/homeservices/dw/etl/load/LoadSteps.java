package com.homeservices.dw.etl.load;

import com.homeservices.dw.etl.source.SourceLocation;
import com.homeservices.dw.etl.source.SourceTable;
import com.homeservices.dw.warehouse.Warehouse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Builds the two steps every source table gets: {@code extract-<table>} (source → text staging: DuckDB's CSV reader,
 * or a JDBC cursor chunk step into DuckDB's appender) and {@code load-<table>} ({@link TableLoad}). The source areas'
 * configurations say which tables, in which order, with which follow-up SQL.
 */
public final class LoadSteps {

    private static final int CHUNK_SIZE = 10_000;

    private final BatchInfrastructure batch;
    private final Warehouse warehouse;
    private final SourceLocation source;
    private final DataSource sourceDataSource;
    private final long runId;
    private final Staging staging;
    private final Map<SourceTable, Long> extracted = new ConcurrentHashMap<>();
    private final List<TableCounts> results = new ArrayList<>();

    LoadSteps(BatchInfrastructure batch, Warehouse warehouse, SourceLocation source, DataSource sourceDataSource,
              long runId) {
        this.batch = batch;
        this.warehouse = warehouse;
        this.source = source;
        this.sourceDataSource = sourceDataSource;
        this.runId = runId;
        this.staging = new Staging(warehouse);
    }

    /** The extract and load steps of {@code table}; {@code followUps} are SQL files run after its rows load. */
    public List<Step> table(SourceTable table, String... followUps) {
        return List.of(extract(table), load(table, Arrays.asList(followUps)));
    }

    private Step extract(SourceTable table) {
        String name = "extract-" + table.tableName();
        if (source instanceof SourceLocation.Csv csv) {
            return new StepBuilder(name, batch.jobRepository())
                    .tasklet((contribution, context) -> {
                        extracted.put(table, staging.stageCsv(table, csv.folder(), runId));
                        return RepeatStatus.FINISHED;
                    }, batch.transactionManager())
                    .build();
        }
        JdbcStagingWriter writer = new JdbcStagingWriter(warehouse, table);
        return new StepBuilder(name, batch.jobRepository())
                .<String[], String[]>chunk(CHUNK_SIZE)
                .transactionManager(batch.transactionManager())
                .reader(reader(table))
                .writer(writer)
                .listener(new StepExecutionListener() {
                    @Override
                    public void beforeStep(StepExecution stepExecution) {
                        staging.recreate(table);
                        writer.restart();
                    }

                    @Override
                    public org.springframework.batch.core.ExitStatus afterStep(StepExecution stepExecution) {
                        extracted.put(table, writer.rowsWritten());
                        return stepExecution.getExitStatus();
                    }
                })
                .build();
    }

    private JdbcCursorItemReader<String[]> reader(SourceTable table) {
        var dialect = ((SourceLocation.Jdbc) source).dialect();
        String columns = table.columns().stream().map(dialect::quote).collect(Collectors.joining(", "));
        JdbcCursorItemReader<String[]> reader = new JdbcCursorItemReader<>(sourceDataSource,
                "select " + columns + " from " + table.tableName(), (rs, rowNum) -> {
                    String[] row = new String[table.columns().size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = rs.getString(i + 1);
                    }
                    return row;
                });
        reader.setName("read-" + table.tableName());
        reader.setFetchSize(CHUNK_SIZE);
        // PostgreSQL streams a cursor only outside auto-commit; otherwise it would hold the whole table in memory.
        reader.setConnectionAutoCommit(false);
        // MariaDB's streaming result sets cannot report their row position, which this check relies on.
        reader.setVerifyCursorPosition(false);
        // The staging table is rebuilt whenever the step starts, so a restart must read from the first row again.
        reader.setSaveState(false);
        return reader;
    }

    private Step load(SourceTable table, List<String> followUps) {
        TableLoad tableLoad = new TableLoad(warehouse);
        return new StepBuilder("load-" + table.tableName(), batch.jobRepository())
                .tasklet((contribution, context) -> {
                    TableCounts counts = tableLoad.load(table, runId, extracted.getOrDefault(table, 0L), followUps);
                    synchronized (results) {
                        results.add(counts);
                    }
                    contribution.incrementWriteCount(counts.loaded());
                    return RepeatStatus.FINISHED;
                }, batch.transactionManager())
                .build();
    }

    List<TableCounts> results() {
        return List.copyOf(results);
    }
}
