package com.homeservices.dw.etl.load;

import com.homeservices.dw.warehouse.DwClock;
import com.homeservices.dw.etl.source.SourceDialect;
import com.homeservices.dw.etl.source.SourceLocation;
import com.homeservices.dw.etl.source.SourceTable;
import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.PrivateFiles;
import com.homeservices.dw.warehouse.Progress;
import com.homeservices.dw.warehouse.Warehouse;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Builds the two steps every source table gets: {@code extract-<table>} (source → text staging: DuckDB's CSV reader,
 * or a JDBC cursor chunk step into DuckDB's appender, from the table's watermark less the overlap) and
 * {@code load-<table>} ({@link TableLoad}). What a step learns is written to the warehouse, not kept in memory, so a
 * restarted run picks up where the killed one stopped. The source areas' configurations say which tables, in which
 * order, with which follow-up SQL.
 */
public final class LoadSteps {

    private static final int CHUNK_SIZE = 10_000;

    private final BatchInfrastructure batch;
    private final Warehouse warehouse;
    private final SourceLocation source;
    private final DataSource sourceDataSource;
    private final long runId;
    private final Duration overlap;
    private final Progress progress;
    private final Staging staging;
    private final Path workFolder;
    private final List<TableTarget> targets = new ArrayList<>();

    LoadSteps(BatchInfrastructure batch, Warehouse warehouse, SourceLocation source, DataSource sourceDataSource,
              long runId, Duration overlap, Progress progress) {
        this.batch = batch;
        this.warehouse = warehouse;
        this.source = source;
        this.sourceDataSource = sourceDataSource;
        this.runId = runId;
        this.overlap = overlap;
        this.progress = progress;
        this.staging = new Staging(warehouse);
        this.workFolder = warehouse.file() == null
                ? Path.of(System.getProperty("java.io.tmpdir"), "dw-extract-" + ProcessHandle.current().pid())
                : warehouse.file().toAbsolutePath().resolveSibling(warehouse.file().getFileName() + ".work")
                        .resolve("extract");
    }

    /**
     * The steps of one table. From a CSV folder, one step stages the file in a temporary table and loads it: the file
     * is the durable copy, so a restart simply reads it again. From a database, an extract step keeps the rows in the
     * warehouse file, and a restart that finds it done only loads.
     */
    public List<Step> table(TablePlan plan) {
        targets.add(plan.target());
        if (source instanceof SourceLocation.Csv csv) {
            return List.of(extractAndLoad(plan, () -> csv.folder()));
        }
        if (((SourceLocation.Jdbc) source).dialect() == SourceDialect.POSTGRESQL) {
            return List.of(extractAndLoad(plan, () -> copyOut(plan.target().source())));
        }
        return List.of(jdbcExtract(plan.target().source()), load(plan.target(), plan.followUps()));
    }

    List<TableTarget> targets() {
        return List.copyOf(targets);
    }

    /**
     * One step that stages a CSV file (the source's own, or PostgreSQL's COPY of the table) in a temporary table
     * and loads it: the file, or the database, is the durable copy, so a restart simply reads it again.
     */
    private Step extractAndLoad(TablePlan plan, Supplier<Path> csvFolder) {
        SourceTable table = plan.target().source();
        TableLoad tableLoad = new TableLoad(warehouse);
        return new StepBuilder("load-" + table.tableName(), batch.jobRepository())
                .tasklet((contribution, context) -> {
                    if (loadedByThisRun(table)) {
                        return RepeatStatus.FINISHED;
                    }
                    long start = System.nanoTime();
                    progress.begin("extracting " + table.tableName());
                    forgetEarlierAttempt(table);
                    Path folder = csvFolder.get();
                    try {
                        recordExtracted(table, staging.stageCsv(table, folder, runId));
                    } finally {
                        // A copy of the source's rows lives no longer than its staging.
                        if (folder.equals(workFolder)) {
                            Files.deleteIfExists(folder.resolve(table.csvFileName()));
                        }
                    }
                    progress.begin("loading " + table.tableName());
                    TableCounts counts = tableLoad.load(plan.target(), runId, plan.followUps(), false);
                    staging.dropTemporary(table);
                    progress.accept(loaded(counts, start));
                    contribution.incrementWriteCount(counts.inserted() + counts.updated());
                    return RepeatStatus.FINISHED;
                }, batch.transactionManager())
                .build();
    }

    /**
     * PostgreSQL's bulk path out: {@code COPY (select … where updated_at > watermark) TO STDOUT} as CSV into a work
     * file, which DuckDB's CSV reader then stages, an order of magnitude faster than a row-by-row cursor.
     */
    private Path copyOut(SourceTable table) {
        var dialect = SourceDialect.POSTGRESQL;
        String columns = table.columns().stream().map(dialect::quote).collect(Collectors.joining(", "));
        LocalDateTime since = watermark(table);
        // COPY takes no bind parameters; the timestamp is the warehouse's own, written as an ISO literal.
        String query = "select " + columns + " from " + table.tableName()
                + (since == null ? "" : " where updated_at > timestamp '" + Timestamp.valueOf(since) + "'");
        try {
            Path folder = PrivateFiles.folder(workFolder);
            Path file = folder.resolve(table.csvFileName());
            try (Connection connection = sourceDataSource.getConnection();
                 var out = new RowCountingStream(PrivateFiles.newOutputStream(file, PrivateFiles.Access.OWNER),
                         progress)) {
                out.write((String.join(",", table.columns()) + "\n").getBytes(StandardCharsets.UTF_8));
                connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyOut("copy (" + query + ") to stdout with (format csv)", out);
            }
            return folder;
        } catch (SQLException e) {
            throw new DwException("cannot copy " + table.tableName() + " out of the source: "
                    + Warehouse.firstLine(e.getMessage()), e);
        } catch (IOException e) {
            throw new DwException("cannot write the extract of " + table.tableName() + " to " + workFolder + ": "
                    + e.getMessage(), e);
        }
    }

    private Step jdbcExtract(SourceTable table) {
        String name = "extract-" + table.tableName();
        JdbcStagingWriter writer = new JdbcStagingWriter(warehouse, table, progress);
        JdbcCursorItemReader<String[]> cursor = reader(table);
        boolean[] done = {false};
        return new StepBuilder(name, batch.jobRepository())
                .<String[], String[]>chunk(CHUNK_SIZE)
                .transactionManager(batch.transactionManager())
                .reader(new ItemStreamReader<String[]>() {
                    @Override
                    public String[] read() throws Exception {
                        return done[0] ? null : cursor.read();
                    }

                    @Override
                    public void open(ExecutionContext executionContext) {
                        if (!done[0]) {
                            cursor.open(executionContext);
                        }
                    }

                    @Override
                    public void update(ExecutionContext executionContext) {
                        if (!done[0]) {
                            cursor.update(executionContext);
                        }
                    }

                    @Override
                    public void close() {
                        cursor.close();
                    }
                })
                .writer(writer)
                .listener(new StepExecutionListener() {
                    @Override
                    public void beforeStep(StepExecution stepExecution) {
                        done[0] = loadedByThisRun(table);
                        if (done[0]) {
                            return;
                        }
                        progress.begin("extracting " + table.tableName());
                        forgetEarlierAttempt(table);
                        staging.recreate(table);
                        writer.restart();
                    }

                    @Override
                    public ExitStatus afterStep(StepExecution stepExecution) {
                        if (!done[0]
                                && stepExecution.getStatus() == org.springframework.batch.core.BatchStatus.COMPLETED) {
                            recordExtracted(table, writer.rowsWritten());
                        }
                        return stepExecution.getExitStatus();
                    }
                })
                .build();
    }

    /**
     * Whether this run already loaded {@code table}: the warehouse commits a table's load before Spring Batch records
     * its step as done, so a run killed between the two finds the table loaded, and must not load it again (its rows
     * would count as unchanged, not inserted, unlike one clean run's).
     */
    private boolean loadedByThisRun(SourceTable table) {
        return warehouse.queryLong("select count(*) from etl_run_table where run_id = ? and table_name = ? and loaded",
                runId, table.tableName()) > 0;
    }

    /** An extract that runs again (a restart) starts its table's accounting from nothing. */
    private void forgetEarlierAttempt(SourceTable table) {
        warehouse.inTransaction(c -> {
            for (String ledger : List.of("etl_run_table", "etl_reject", "etl_run_control_sum")) {
                try (PreparedStatement delete = c.prepareStatement(
                        "delete from " + ledger + " where run_id = ? and table_name = ?")) {
                    delete.setLong(1, runId);
                    delete.setString(2, table.tableName());
                    delete.executeUpdate();
                }
            }
            return null;
        });
    }

    /**
     * Notes how many rows the extract read and the newest updated_at among them, ignoring timestamps more than a
     * day ahead: one row stamped 2099 must not hide every later change. The mark becomes the table's watermark
     * when the run completes.
     */
    private void recordExtracted(SourceTable table, long rows) {
        warehouse.inTransaction(c -> {
            try (PreparedStatement insert = c.prepareStatement("insert into etl_run_table select ?, ?, ?, 0, 0, 0, 0,"
                    + " (select max(t) from (select try_cast(updated_at as timestamp) t from " + Staging.stagingTable(table)
                    + ") where t <= ?), false")) {
                insert.setLong(1, runId);
                insert.setString(2, table.tableName());
                insert.setLong(3, rows);
                insert.setObject(4, DwClock.now(warehouse.policy().zone()).plusDays(1));
                insert.executeUpdate();
            }
            return null;
        });
    }

    private JdbcCursorItemReader<String[]> reader(SourceTable table) {
        var dialect = ((SourceLocation.Jdbc) source).dialect();
        String columns = table.columns().stream().map(dialect::quote).collect(Collectors.joining(", "));
        LocalDateTime since = watermark(table);
        String sql = "select " + columns + " from " + table.tableName()
                + (since == null ? "" : " where updated_at > ?");
        JdbcCursorItemReader<String[]> reader = new JdbcCursorItemReader<>(sourceDataSource, sql, (rs, rowNum) -> {
            String[] row = new String[table.columns().size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = rs.getString(i + 1);
            }
            return row;
        });
        if (since != null) {
            reader.setPreparedStatementSetter(ps -> ps.setTimestamp(1, Timestamp.valueOf(since)));
        }
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

    /** Where this table's JDBC extract starts: the last completed run's high-water mark less the overlap. */
    private LocalDateTime watermark(SourceTable table) {
        try (PreparedStatement query = warehouse.connection().prepareStatement(
                "select high_water_at from etl_watermark where source = ? and table_name = ?")) {
            query.setString(1, source.display());
            query.setString(2, table.tableName());
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getObject(1, LocalDateTime.class).minus(overlap) : null;
            }
        } catch (SQLException e) {
            throw new DwException("cannot read the watermark of " + table.tableName()
                    + ": " + Warehouse.firstLine(e.getMessage()), e);
        }
    }

    private Step load(TableTarget target, List<String> followUps) {
        TableLoad tableLoad = new TableLoad(warehouse);
        return new StepBuilder("load-" + target.source().tableName(), batch.jobRepository())
                .tasklet((contribution, context) -> {
                    if (loadedByThisRun(target.source())) {
                        return RepeatStatus.FINISHED;
                    }
                    long start = System.nanoTime();
                    progress.begin("loading " + target.source().tableName());
                    TableCounts counts = tableLoad.load(target, runId, followUps, true);
                    progress.accept(loaded(counts, start));
                    contribution.incrementWriteCount(counts.inserted() + counts.updated());
                    return RepeatStatus.FINISHED;
                }, batch.transactionManager())
                .build();
    }

    /** {@code loaded claim: 2,376 rows in 0.4 s (5,940 rows/s)}: a table done, for the operator. */
    private static String loaded(TableCounts counts, long startNanos) {
        double seconds = Math.max((System.nanoTime() - startNanos) / 1e9, 0.001);
        return String.format(java.util.Locale.ROOT, "loaded %s: %,d rows in %.1f s (%,.0f rows/s)", counts.table(),
                counts.extracted(), seconds, counts.extracted() / seconds);
    }

    /**
     * Counts the lines of a CSV extract as they stream past, for progress while COPY runs: a line is a row, but for
     * the header and the rare text field holding a line break, so the count is a close guide, not the ledger.
     */
    private static final class RowCountingStream extends FilterOutputStream {

        private final Progress progress;
        private long lines;

        RowCountingStream(OutputStream out, Progress progress) {
            super(out);
            this.progress = progress;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            long before = lines;
            for (int i = offset; i < offset + length; i++) {
                if (bytes[i] == '\n') {
                    lines++;
                }
            }
            if (lines != before) {
                progress.rows(Math.max(lines - 1, 0));
            }
        }
    }
}
