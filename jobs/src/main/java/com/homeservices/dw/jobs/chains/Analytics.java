package com.homeservices.dw.jobs.chains;

import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.marts.ClaimTotalsRefresh;
import com.homeservices.dw.warehouse.marts.ComplaintHandlingRefresh;
import com.homeservices.dw.warehouse.marts.CustomerSegmentationRefresh;
import com.homeservices.dw.warehouse.marts.OutletProfitabilityRefresh;
import com.homeservices.dw.warehouse.marts.StaffAttritionRefresh;
import com.homeservices.dw.warehouse.period.Fortnight;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.SparkContext;

/**
 * Computes the marts for a range of days: each analysis recomputes every one of its periods (fortnights, months)
 * that holds a day of the range.
 */
public final class Analytics {

    /** The analyses {@link #computeAll} runs, by the name the command line prints. */
    public static final String SPARK_START_UP = "Spark start-up";
    public static final String CLAIM_TOTALS = "claim totals";
    public static final String COMPLAINT_HANDLING = "complaint handling";
    public static final String STAFF_ATTRITION = "staff attrition";
    public static final String OUTLET_PROFITABILITY = "outlet profitability";
    public static final String CUSTOMER_SEGMENTATION = "customer segmentation";
    /** From the first analysis's start to the last's end (they run two at a time). */
    public static final String ALL_ANALYSES = "all, side by side";

    private final RunContext context;

    public Analytics(RunContext context) {
        this.context = context;
    }

    /** Every day from the start of the operational history (the first order, claim or complaint) up to {@code asOf}. */
    public Range everythingUpTo(LocalDate asOf) {
        LocalDate first = firstDay(context.warehouse());
        return new Range(first == null || first.isAfter(asOf) ? asOf : first, asOf);
    }

    /**
     * Every analysis over {@code range}; returns the time each took, Spark's start-up first and the whole last.
     *
     * <p>Two at a time: customer segmentation (the longest, most of it both cores busy) in a thread of its own, on
     * its own warehouse connection, beside the four others one after another. The others' time goes mostly to
     * planning queries in the driver, to single-task stages and to DuckDB, which leave a core free; each of the two
     * has its own pool in Spark's fair scheduler, so neither waits for the other's stage to finish. A failure in
     * either is reported once both have stopped.
     */
    public Stopwatch computeAll(Range range) {
        Stopwatch stopwatch = new Stopwatch();
        stopwatch.time(SPARK_START_UP, context::spark);
        long start = System.nanoTime();
        Warehouse warehouse = context.warehouse();
        ExecutorService lane = Executors.newSingleThreadExecutor(work -> new Thread(work, CUSTOMER_SEGMENTATION));
        try {
            Future<?> segmentation = lane.submit(() -> inPool(CUSTOMER_SEGMENTATION, () -> {
                try (Warehouse own = warehouse.anotherConnection()) {
                    stopwatch.time(CUSTOMER_SEGMENTATION, () -> new CustomerSegmentationRefresh(own, context.spark(),
                            context.workFolder()).refresh(range.firstMonth(), range.lastMonth()));
                }
            }));
            RuntimeException failure = null;
            try {
                inPool("the others", () -> {
                    stopwatch.time(CLAIM_TOTALS, () -> claimTotals(range));
                    stopwatch.time(COMPLAINT_HANDLING, () -> new ComplaintHandlingRefresh(warehouse,
                            context.spark(), context.workFolder()).refresh(range.firstMonth(), range.lastMonth()));
                    stopwatch.time(STAFF_ATTRITION, () -> new StaffAttritionRefresh(warehouse,
                            context.spark(), context.workFolder()).refresh(range.firstMonth(), range.lastMonth()));
                    stopwatch.time(OUTLET_PROFITABILITY, () -> new OutletProfitabilityRefresh(warehouse,
                            context.spark(), context.workFolder()).refresh(range.from(), range.to()));
                });
            } catch (RuntimeException e) {
                failure = e;
            }
            failure = firstFailure(failure, segmentation);
            if (failure != null) {
                throw failure;
            }
        } finally {
            lane.shutdown();
        }
        stopwatch.add(ALL_ANALYSES, Duration.ofNanos(System.nanoTime() - start));
        return stopwatch;
    }

    /** Runs {@code work} in this thread with its Spark jobs in the fair scheduler's pool {@code pool}. */
    private void inPool(String pool, Runnable work) {
        SparkContext spark = context.spark().sparkContext();
        spark.setLocalProperty("spark.scheduler.pool", pool);
        try {
            work.run();
        } finally {
            spark.setLocalProperty("spark.scheduler.pool", null);
        }
    }

    /** {@code failure}, else what {@code other} failed with, once it has stopped; the second kept as suppressed. */
    private static RuntimeException firstFailure(RuntimeException failure, Future<?> other) {
        RuntimeException second;
        try {
            other.get();
            return failure;
        } catch (ExecutionException e) {
            second = e.getCause() instanceof RuntimeException r ? r
                    : new DwException("customer segmentation failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            second = new DwException("interrupted while customer segmentation ran", e);
        }
        if (failure == null) {
            return second;
        }
        failure.addSuppressed(second);
        return failure;
    }

    /** The claim totals of every fortnight holding a day of {@code range}. */
    public void claimTotals(Range range) {
        LocalDate epoch = context.config().policy().fortnightEpoch();
        new ClaimTotalsRefresh(context.warehouse(), context.spark(), context.workFolder())
                .refresh(Fortnight.containing(range.from(), epoch), Fortnight.containing(range.to(), epoch));
    }

    private static LocalDate firstDay(Warehouse warehouse) {
        try (Statement s = warehouse.connection().createStatement();
             ResultSet rs = s.executeQuery("select least((select min(cast(booked_at as date)) from fct_service_order),"
                     + " (select min(cast(reported_at as date)) from fct_claim),"
                     + " (select min(cast(received_at as date)) from fct_complaint))")) {
            rs.next();
            return rs.getObject(1, LocalDate.class);
        } catch (SQLException e) {
            throw new DwException("cannot read where the history starts: " + Warehouse.firstLine(e.getMessage()), e);
        }
    }

    /** Days from {@code from} to {@code to}, both included. */
    public record Range(LocalDate from, LocalDate to) {
        public Range {
            if (to.isBefore(from)) {
                throw new DwException("the period range ends (" + to + ") before it starts (" + from + ")");
            }
        }

        public YearMonth firstMonth() {
            return YearMonth.from(from);
        }

        public YearMonth lastMonth() {
            return YearMonth.from(to);
        }
    }
}
