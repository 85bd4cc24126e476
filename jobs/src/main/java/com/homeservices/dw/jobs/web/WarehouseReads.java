package com.homeservices.dw.jobs.web;

import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.policy.CompanyPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The web archive's reads of the warehouse: read-only and one at a time. DuckDB lets the scheduler write the file
 * only while no other process has it open, and the scheduler waits for it (polling every half second), so the file
 * is kept open only while pages are asked for: closed a second after the last read, and at the latest after twenty
 * seconds of steady reading, when it stays closed for a second so that a waiting scheduler gets in. Kept open
 * between close reads, DuckDB's cache stays warm: a page at medium reads in tens of milliseconds, not hundreds.
 * While the scheduler writes, a read is refused at once and the page says so.
 */
final class WarehouseReads implements AutoCloseable {

    static final Duration IDLE = Duration.ofSeconds(1);
    static final Duration LONGEST_HOLD = Duration.ofSeconds(20);
    /** Two of the scheduler's polls for the file. */
    static final Duration WRITERS_TURN = Duration.ofSeconds(1);

    private final Path file;
    private final CompanyPolicy policy;
    private final Duration idle;
    private final Duration longestHold;
    private final ReentrantLock oneAtATime = new ReentrantLock();
    private final ScheduledExecutorService closer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "warehouse-reads-closer");
        thread.setDaemon(true);
        return thread;
    });
    private Warehouse open;
    private long openedAt;
    private long lastRead;
    private long closedUntil;

    WarehouseReads(Path file, CompanyPolicy policy) {
        this(file, policy, IDLE, LONGEST_HOLD);
    }

    WarehouseReads(Path file, CompanyPolicy policy, Duration idle, Duration longestHold) {
        this.file = file;
        this.policy = policy;
        this.idle = idle;
        this.longestHold = longestHold;
        closer.scheduleWithFixedDelay(this::closeWhenDue, 250, 250, TimeUnit.MILLISECONDS);
    }

    /** What {@code read} finds, or empty while another process writes the warehouse. */
    <T> Optional<T> read(Function<Warehouse, T> read) {
        oneAtATime.lock();
        try {
            if (open == null) {
                waitForTheWritersTurn();
                open = Warehouse.openReadOnly(file, policy);
                openedAt = System.nanoTime();
            }
            lastRead = System.nanoTime();
            return Optional.ofNullable(read.apply(open));
        } catch (DwException e) {
            if (Warehouse.isBeingWritten(e)) {
                return Optional.empty();
            }
            closeNow();
            throw e;
        } catch (RuntimeException e) {
            closeNow();
            throw e;
        } finally {
            oneAtATime.unlock();
        }
    }

    @Override
    public void close() {
        closer.shutdownNow();
        oneAtATime.lock();
        try {
            closeNow();
        } finally {
            oneAtATime.unlock();
        }
    }

    private void closeWhenDue() {
        if (!oneAtATime.tryLock()) {
            return;
        }
        try {
            long now = System.nanoTime();
            if (open != null && now - openedAt > longestHold.toNanos()) {
                closeNow();
                closedUntil = now + WRITERS_TURN.toNanos();
            } else if (open != null && now - lastRead > idle.toNanos()) {
                closeNow();
            }
        } finally {
            oneAtATime.unlock();
        }
    }

    private void waitForTheWritersTurn() {
        long wait = closedUntil - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void closeNow() {
        if (open != null) {
            open.close();
            open = null;
        }
    }
}
