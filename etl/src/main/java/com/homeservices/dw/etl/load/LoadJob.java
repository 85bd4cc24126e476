package com.homeservices.dw.etl.load;

import com.homeservices.dw.warehouse.DwClock;
import com.homeservices.dw.etl.claims.ClaimsJobConfiguration;
import com.homeservices.dw.etl.complaints.ComplaintsJobConfiguration;
import com.homeservices.dw.etl.customers.CustomersJobConfiguration;
import com.homeservices.dw.etl.customers.PhoneKey;
import com.homeservices.dw.etl.expenses.ExpensesJobConfiguration;
import com.homeservices.dw.etl.orders.OrdersJobConfiguration;
import com.homeservices.dw.etl.outlets.OutletsJobConfiguration;
import com.homeservices.dw.etl.source.SourceLocation;
import com.homeservices.dw.etl.source.SourcePassword;
import com.homeservices.dw.etl.source.SourceTable;
import com.homeservices.dw.etl.staff.StaffJobConfiguration;
import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.Progress;
import com.homeservices.dw.warehouse.Warehouse;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.Step;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The Spring Batch job {@code load}: every source area's steps in dependency order (outlets, customers, staff,
 * orders, claims, complaints, expenses), each table extracted into text staging and loaded with its rejects. One run
 * is one row of {@code etl_run}.
 */
public final class LoadJob {

    /** An amount above this in any money column is absurd for a home-services order or claim. */
    public static final BigDecimal DEFAULT_MAX_AMOUNT = new BigDecimal("10000000");

    /** How far before the watermark a JDBC extract starts, for rows committed late with an older timestamp. */
    public static final Duration DEFAULT_OVERLAP = Duration.ofHours(1);

    private final Warehouse warehouse;
    private final BatchInfrastructure batch;
    private final BigDecimal maxAmount;
    private final Duration overlap;
    private final SourcePassword password;
    private final PhoneKey phoneKey;
    private final Progress progress;

    /** @param phoneKey the key customers' phones are hashed with (never a default: see {@link PhoneKey}) */
    public LoadJob(Warehouse warehouse, BatchInfrastructure batch, BigDecimal maxAmount, Duration overlap,
                   SourcePassword password, PhoneKey phoneKey, Progress progress) {
        this.warehouse = warehouse;
        this.phoneKey = Objects.requireNonNull(phoneKey, "phoneKey");
        this.batch = batch;
        this.maxAmount = maxAmount;
        this.overlap = overlap;
        this.password = password;
        this.progress = progress;
    }

    /** A load with the default limits, no source password, and no progress reports: for tests and embedding. */
    public LoadJob(Warehouse warehouse, BatchInfrastructure batch, PhoneKey phoneKey) {
        this(warehouse, batch, DEFAULT_MAX_AMOUNT, DEFAULT_OVERLAP, SourcePassword.none(), phoneKey, Progress.NONE);
    }

    /** Every source area's tables, in the order references point: a row is checked against the tables before it. */
    public static final List<TablePlan> PLAN = java.util.stream.Stream.of(OutletsJobConfiguration.tables(),
                    CustomersJobConfiguration.tables(), StaffJobConfiguration.tables(), OrdersJobConfiguration.tables(),
                    ClaimsJobConfiguration.tables(), ComplaintsJobConfiguration.tables(), ExpensesJobConfiguration.tables())
            .flatMap(List::stream).toList();

    /** The tables a load reads: every table of the source contract. */
    static final List<SourceTable> TABLES = PLAN.stream().map(plan -> plan.target().source()).toList();

    public LoadResult run(SourceLocation source) {
        DataSource sourceDataSource = null;
        if (source instanceof SourceLocation.Jdbc jdbc) {
            sourceDataSource = checkedDataSource(jdbc, password);
        } else if (source instanceof SourceLocation.Csv csv) {
            checkFolder(csv);
        }
        long runId = unfinishedRun(source);
        if (runId > 0) {
            progress.accept("resuming run " + runId + ", which did not finish");
        } else {
            runId = beginRun(source);
        }
        setMaxAmount();
        phoneKey.useIn(warehouse);
        LoadSteps steps = new LoadSteps(batch, warehouse, source, sourceDataSource, runId, overlap, progress);
        List<Step> all = new ArrayList<>();
        for (TablePlan plan : PLAN) {
            all.addAll(steps.table(plan));
        }
        SimpleJobBuilder builder = new JobBuilder("load", batch.jobRepository()).start(all.get(0));
        for (Step step : all.subList(1, all.size())) {
            builder = builder.next(step);
        }
        Job job = builder.build();
        JobParameters parameters = new JobParametersBuilder()
                .addString("source", source.display())
                .addLong("run", runId)
                // The run's start, kept in the warehouse, tells a new warehouse's run 1 from an old one's run 1
                // when a warehouse file is replaced and its job repository beside it is not.
                .addLong("started", runStart(runId))
                .toJobParameters();
        JobExecution execution;
        try {
            JobExecution last = batch.jobRepository().getLastJobExecution(job.getName(), parameters);
            if (last != null && last.isRunning()) {
                // Its process was killed: nothing runs it any more. Marked failed, it can be restarted.
                batch.jobOperator().recover(last);
            }
            execution = batch.jobOperator().start(job, parameters);
        } catch (Exception e) {
            finishRun(runId, "failed");
            throw new DwException("the load could not start: " + e.getMessage(), e);
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            finishRun(runId, "failed");
            Throwable cause = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
            while (cause != null && !(cause instanceof DwException) && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof DwException dw) {
                throw dw;
            }
            throw new DwException("the load from " + source.display() + " failed: "
                    + (cause == null ? execution.getExitStatus().getExitDescription() : cause.getMessage()), cause);
        }
        coverDates();
        if (source instanceof SourceLocation.Jdbc) {
            advanceWatermarks(source, runId);
        }
        finishRun(runId, "completed");
        return new LoadResult(runId, source.display(), counts(runId, steps.targets()));
    }

    /** The newest run of this source that did not complete, after its last completed one; 0 when there is none. */
    private long unfinishedRun(SourceLocation source) {
        return warehouse.queryLong("select coalesce(max(run_id), 0) from etl_run where source = ? and status <> 'completed'"
                + " and run_id > (select coalesce(max(run_id), 0) from etl_run where source = ? and status = 'completed')",
                source.display(), source.display());
    }

    /** Each table's high-water mark, noted at extract, becomes its watermark now that the run has completed. */
    private void advanceWatermarks(SourceLocation source, long runId) {
        warehouse.inTransaction(c -> {
            try (PreparedStatement merge = c.prepareStatement("insert or replace into etl_watermark"
                    + " select ?, table_name, high_water_at, run_id from etl_run_table"
                    + " where run_id = ? and high_water_at is not null")) {
                merge.setString(1, source.display());
                merge.setLong(2, runId);
                merge.executeUpdate();
            }
            return null;
        });
    }

    private List<TableCounts> counts(long runId, List<TableTarget> targets) {
        List<TableCounts> counts = new ArrayList<>();
        for (TableTarget target : targets) {
            try (PreparedStatement query = warehouse.connection().prepareStatement("select extracted, inserted,"
                    + " updated, unchanged, rejected from etl_run_table where run_id = ? and table_name = ?")) {
                query.setLong(1, runId);
                query.setString(2, target.source().tableName());
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    counts.add(new TableCounts(target.source().tableName(), rs.getLong(1), rs.getLong(2),
                            rs.getLong(3), rs.getLong(4), rs.getLong(5)));
                }
            } catch (SQLException e) {
                throw new DwException("cannot read the run's accounting: " + Warehouse.firstLine(e.getMessage()), e);
            }
        }
        return counts;
    }

    /** Every file present with the contract's header before anything is written. */
    private static void checkFolder(SourceLocation.Csv csv) {
        if (!java.nio.file.Files.isDirectory(csv.folder())) {
            throw new DwException("the source folder " + csv.folder() + " does not exist");
        }
        for (SourceTable table : TABLES) {
            Staging.checkHeader(table, csv.folder().resolve(table.csvFileName()));
        }
    }

    /** A source that cannot be reached, or lacks a table, is one clear sentence before anything is written. */
    private static DataSource checkedDataSource(SourceLocation.Jdbc jdbc, SourcePassword password) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(jdbc.url());
        dataSource.setConnectionProperties(password.connectionProperties());
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            for (SourceTable table : TABLES) {
                boolean found = false;
                for (String candidate : List.of(table.tableName(), table.tableName().toUpperCase())) {
                    try (ResultSet rs = meta.getTables(c.getCatalog(), null, candidate, null)) {
                        found |= rs.next();
                    }
                }
                if (!found) {
                    throw new DwException("the source " + jdbc.display() + " has no table " + table.tableName());
                }
            }
        } catch (SQLException e) {
            throw new DwException("cannot reach the source " + jdbc.display() + ": " + Warehouse.firstLine(e.getMessage()), e);
        }
        return dataSource;
    }

    private long beginRun(SourceLocation source) {
        return warehouse.inTransaction(c -> {
            long runId;
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery("select coalesce(max(run_id), 0) + 1 from etl_run")) {
                rs.next();
                runId = rs.getLong(1);
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "insert into etl_run values (?, ?, ?, null, 'running', null)")) {
                insert.setLong(1, runId);
                insert.setString(2, source.display());
                insert.setObject(3, DwClock.now(warehouse.policy().zone()));
                insert.executeUpdate();
            }
            return runId;
        });
    }

    private long runStart(long runId) {
        return warehouse.queryLong("select epoch_us(started_at) from etl_run where run_id = ?", runId);
    }

    private void setMaxAmount() {
        warehouse.execute("set variable max_amount = " + maxAmount.toPlainString());
    }

    /** Ends the run; its newest source change (what reports call "data as of") is the newest any extract read. */
    private void finishRun(long runId, String status) {
        warehouse.inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement("update etl_run set finished_at = ?, status = ?,"
                    + " newest_source_updated_at = (select max(high_water_at) from etl_run_table where run_id = ?)"
                    + " where run_id = ?")) {
                update.setObject(1, DwClock.now(warehouse.policy().zone()));
                update.setString(2, status);
                update.setLong(3, runId);
                update.setLong(4, runId);
                update.executeUpdate();
            }
            return null;
        });
    }

    /** dim_date spans every fact's dates, whole years at either end. */
    private void coverDates() {
        try (var s = warehouse.connection().createStatement(); ResultSet rs = s.executeQuery(
                "select min(d), max(d) from (select min(cast(booked_at as date)) d from fct_service_order"
                        + " union all select max(cast(coalesce(completed_at, cancelled_at, booked_at) as date)) from fct_service_order"
                        + " union all select min(cast(reported_at as date)) from fct_claim"
                        + " union all select max(cast(coalesce(settled_at, reported_at) as date)) from fct_claim)")) {
            rs.next();
            LocalDate min = rs.getObject(1, LocalDate.class);
            LocalDate max = rs.getObject(2, LocalDate.class);
            if (min != null) {
                warehouse.ensureDates(min.withDayOfYear(1), max.withDayOfYear(1).plusYears(1).minusDays(1));
            }
        } catch (SQLException e) {
            throw new DwException("cannot extend dim_date: " + Warehouse.firstLine(e.getMessage()), e);
        }
    }
}
