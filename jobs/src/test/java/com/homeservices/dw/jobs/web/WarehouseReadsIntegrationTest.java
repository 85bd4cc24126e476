package com.homeservices.dw.jobs.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.policy.CompanyPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web archive keeps the warehouse open between close reads, yet never keeps the scheduler out: a writer in
 * another process (waiting as the scheduler waits) gets the file within the longest hold even while a page is read
 * every 50 ms, shorter than the idle time that would otherwise let it in; while it writes, reads say so at once.
 */
class WarehouseReadsIntegrationTest {

    private static final Duration IDLE = Duration.ofMillis(400);
    private static final Duration LONGEST_HOLD = Duration.ofSeconds(2);

    @TempDir
    Path temp;

    @Test
    void aWriterGetsInDuringSteadyReadingAndReadsWaitOutItsWrite() throws Exception {
        Path file = temp.resolve("warehouse.duckdb");
        Warehouse.open(file, CompanyPolicy.defaults()).close();
        AtomicBoolean reading = new AtomicBoolean(true);
        AtomicInteger busy = new AtomicInteger();
        try (WarehouseReads reads = new WarehouseReads(file, CompanyPolicy.defaults(), IDLE, LONGEST_HOLD)) {
            Thread reader = new Thread(() -> {
                while (reading.get() && !Thread.currentThread().isInterrupted()) {
                    Optional<Long> one = reads.read(w -> w.queryLong("select 1"));
                    if (one.isEmpty()) {
                        busy.incrementAndGet();
                    }
                    sleep(Duration.ofMillis(50));
                }
            });
            reader.start();
            try {
                sleep(Duration.ofMillis(500));   // the reads have the file open
                writeWhileReading(file, busy);
            } finally {
                reading.set(false);
                reader.join();
            }
            assertThat(reads.read(w -> w.queryLong("select 41 + 1"))).hasValue(42L);
        }
    }

    private static void writeWhileReading(Path file, AtomicInteger busy) throws Exception {
        long start = System.nanoTime();
        try (WarehouseWriter writer = WarehouseWriter.starting(file)) {
            writer.awaitHolding();
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            // the longest hold, the writer's turn, the child JVM's start and one poll, with room for a slow day
            assertThat(waited).isLessThan(LONGEST_HOLD.plus(WarehouseReads.WRITERS_TURN).plusSeconds(8));
            // the reads wait out the writer's turn, then find the file taken
            long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (busy.get() == 0 && System.nanoTime() < until) {
                sleep(Duration.ofMillis(50));
            }
            assertThat(busy.get()).as("reads refused while the writer has the file").isPositive();
        }
        sleep(Duration.ofMillis(300));   // a read under way as the writer closed may still be refused
        int busyWhileWriting = busy.get();
        sleep(Duration.ofMillis(700));
        assertThat(busy.get()).as("no read is refused once the writer is done").isEqualTo(busyWhileWriting);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
