package com.homeservices.dw.jobs.chains;

import com.homeservices.dw.warehouse.Progress;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What a long command is doing, for a log (the scheduler's, a command whose output goes to a file): one line per
 * step, each with the company time it was printed, and, while a task runs long, its rows so far every
 * {@link #EVERY}.
 */
public final class ProgressLines implements Progress {

    /** How often a running task's rows are printed: often enough to see it move, seldom enough to read the log. */
    static final Duration EVERY = Duration.ofSeconds(10);

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final PrintStream out;
    private final Clock clock;
    private String task;
    private Instant taskStart;
    private Instant lastPrinted;

    /** @param clock the company's zone and time, for the stamps */
    public ProgressLines(PrintStream out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    @Override
    public synchronized void accept(String line) {
        task = null;
        print(line);
    }

    @Override
    public synchronized void begin(String task) {
        print(task);
        this.task = task;
        this.taskStart = clock.instant();
        this.lastPrinted = taskStart;
    }

    /** {@code extracting booking: 1,200,000 rows so far, 40,000 rows/s, 30 s}, at most every {@link #EVERY}. */
    @Override
    public synchronized void rows(long soFar) {
        Instant now = clock.instant();
        if (task == null || Duration.between(lastPrinted, now).compareTo(EVERY) < 0) {
            return;
        }
        lastPrinted = now;
        double seconds = Math.max(Duration.between(taskStart, now).toMillis() / 1000.0, 0.001);
        print(String.format(Locale.ROOT, "%s: %,d rows so far, %,.0f rows/s, %.0f s", task, soFar, soFar / seconds,
                seconds));
    }

    private void print(String line) {
        out.println(LocalDateTime.now(clock).format(SECONDS) + " " + line);
    }
}
