package com.homeservices.dw.jobs.chains;

import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.marts.Analyses;
import com.homeservices.dw.warehouse.marts.Analysis;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.SparkContext;

/**
 * Computes marts: each analysis of {@link Analyses#all} (or those a report needs) recomputes every one of its
 * periods that holds a day of its range.
 */
public final class Analytics {

    public static final String SPARK_START_UP = "Spark start-up";
    /** From the first analysis's start to the last's end (they run two at a time). */
    public static final String ALL_ANALYSES = "all, side by side";

    private final RunContext context;
    /** Whether periods still running are computed too, as drafts (their refresh notes how far the data went). */
    private final boolean drafts;

    /** Computes ended periods only: a period that ends after the last whole day of data is left out. */
    public Analytics(RunContext context) {
        this(context, false);
    }

    public Analytics(RunContext context, boolean drafts) {
        this.context = context;
        this.drafts = drafts;
    }

    /** The last day a computed period may end on: the last whole day of data, or none for drafts. */
    private LocalDate endsBy() {
        return drafts ? null : context.warehouse().dataThrough();
    }

    /** Every day from the start of the operational history (the first order, claim or complaint) up to {@code asOf}. */
    public Range everythingUpTo(LocalDate asOf) {
        LocalDate first = firstDay(context.warehouse());
        return new Range(first == null || first.isAfter(asOf) ? asOf : first, asOf);
    }

    /** Every analysis there is, over the same range; see {@link #compute}. */
    public Stopwatch computeAll(Range range) {
        return compute(all().stream().map(analysis -> new Work(analysis, range)).toList());
    }

    /** The analyses of this run's warehouse and Spark session, in the order they run. */
    public List<Analysis> all() {
        return Analyses.all(context.warehouse(), context.spark(), context.workFolder());
    }

    /** One analysis over one range of days. */
    public record Work(Analysis analysis, Range range) {
    }

    /**
     * Runs the work; returns the time each analysis took, Spark's start-up first and the whole last.
     *
     * <p>Two at a time: an analysis that {@link Analysis#runsBesideTheOthers} (customer segmentation, the longest,
     * most of it both cores busy) in a thread of its own, on its own warehouse connection, beside the others one
     * after another. The others' time goes mostly to planning queries in the driver, to single-task stages and to
     * DuckDB, which leave a core free; each of the two has its own pool in Spark's fair scheduler, so neither waits
     * for the other's stage to finish. A failure in either is reported once both have stopped.
     */
    public Stopwatch compute(List<Work> work) {
        Stopwatch stopwatch = new Stopwatch();
        // the work's analyses were made with the session, so it has started: the context timed that
        stopwatch.add(SPARK_START_UP, context.sparkStartUp());
        long start = System.nanoTime();
        LocalDate endsBy = endsBy();
        List<Work> beside = work.stream().filter(w -> w.analysis().runsBesideTheOthers()).toList();
        List<Work> inTurn = new ArrayList<>(work);
        inTurn.removeAll(beside);
        ExecutorService lane = Executors.newSingleThreadExecutor(task -> new Thread(task, "analysis beside"));
        try {
            Future<?> side = lane.submit(() -> inPool("beside", () -> {
                for (Work w : beside) {
                    try (Warehouse own = context.warehouse().anotherConnection()) {
                        Analysis analysis = Analyses.named(Analyses.all(own, context.spark(), context.workFolder()),
                                List.of(w.analysis().name())).get(0);
                        timed(stopwatch, analysis, w.range(), endsBy);
                    }
                }
            }));
            RuntimeException failure = null;
            try {
                inPool("in turn", () -> inTurn.forEach(w -> timed(stopwatch, w.analysis(), w.range(), endsBy)));
            } catch (RuntimeException e) {
                failure = e;
            }
            failure = firstFailure(failure, side);
            if (failure != null) {
                throw failure;
            }
        } finally {
            lane.shutdown();
        }
        stopwatch.add(ALL_ANALYSES, Duration.ofNanos(System.nanoTime() - start));
        return stopwatch;
    }

    /** Refreshes the analysis's periods of the range that ended by {@code endsBy} (all: null), timed and reported. */
    private void timed(Stopwatch stopwatch, Analysis analysis, Range range, LocalDate endsBy) {
        context.progress().begin("computing " + label(analysis) + " (" + range.from() + " to " + range.to() + ")");
        long start = System.nanoTime();
        LocalDate epoch = context.warehouse().policy().fortnightEpoch();
        stopwatch.time(label(analysis), () -> {
            if (endsBy == null) {
                analysis.refresh(range.from(), range.to());
            } else {
                analysis.refreshEnded(range.from(), range.to(), endsBy, epoch);
            }
        });
        context.progress().accept(String.format(java.util.Locale.ROOT, "computed %s in %.1f s", label(analysis),
                (System.nanoTime() - start) / 1e9));
    }

    /** An analysis as the operator reads it in the stage times: {@code claim totals}. */
    private static String label(Analysis analysis) {
        return analysis.name().replace('-', ' ');
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
                    : new DwException("an analysis failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            second = new DwException("interrupted while an analysis ran", e);
        }
        if (failure == null) {
            return second;
        }
        failure.addSuppressed(second);
        return failure;
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

        /** The smallest range holding both. */
        public Range span(Range other) {
            return new Range(from.isBefore(other.from) ? from : other.from, to.isAfter(other.to) ? to : other.to);
        }
    }
}
