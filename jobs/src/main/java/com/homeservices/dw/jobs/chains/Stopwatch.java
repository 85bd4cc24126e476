package com.homeservices.dw.jobs.chains;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Seconds per stage of a chain, in the order the stages started: what the operator sees and the benchmarks report.
 * Stages may run side by side in several threads; each is timed from its own start to its own end.
 */
public final class Stopwatch {

    private final Map<String, Duration> stages = new LinkedHashMap<>();

    public <T> T time(String stage, Supplier<T> work) {
        synchronized (stages) {
            stages.putIfAbsent(stage, Duration.ZERO);
        }
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            add(stage, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    public void time(String stage, Runnable work) {
        time(stage, () -> {
            work.run();
            return null;
        });
    }

    /** Adds {@code took} to {@code stage}: a stage timed elsewhere (one that spans others), or a timed run's end. */
    public void add(String stage, Duration took) {
        synchronized (stages) {
            stages.merge(stage, took, Duration::plus);
        }
    }

    /** Each stage and its time, in the order the stages started. */
    public void forEach(BiConsumer<String, Duration> each) {
        Map<String, Duration> copy;
        synchronized (stages) {
            copy = new LinkedHashMap<>(stages);
        }
        copy.forEach(each);
    }

    /** {@code generate 4.1 s, load 6.9 s, …}. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        forEach((stage, duration) -> text.append(text.isEmpty() ? "" : ", ").append(stage).append(' ')
                .append(String.format("%.1f s", duration.toMillis() / 1000.0)));
        return text.toString();
    }
}
