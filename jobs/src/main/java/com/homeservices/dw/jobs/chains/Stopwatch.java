package com.homeservices.dw.jobs.chains;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/** Seconds per stage of a chain, in the order the stages ran: what the operator sees and the benchmarks report. */
public final class Stopwatch {

    private final Map<String, Duration> stages = new LinkedHashMap<>();

    public <T> T time(String stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            stages.merge(stage, Duration.ofNanos(System.nanoTime() - start), Duration::plus);
        }
    }

    public void time(String stage, Runnable work) {
        time(stage, () -> {
            work.run();
            return null;
        });
    }

    /** Each stage and its time, in the order the stages ran. */
    public void forEach(BiConsumer<String, Duration> each) {
        stages.forEach(each);
    }

    /** {@code generate 4.1 s, load 6.9 s, …}. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        stages.forEach((stage, duration) -> text.append(text.isEmpty() ? "" : ", ").append(stage).append(' ')
                .append(String.format("%.1f s", duration.toMillis() / 1000.0)));
        return text.toString();
    }
}
