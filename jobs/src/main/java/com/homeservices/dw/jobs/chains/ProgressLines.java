package com.homeservices.dw.jobs.chains;

import java.io.PrintStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

/**
 * What a long command is doing, one line per step, for a log (the scheduler's, a command whose output goes to a
 * file): each line with the company time it was printed.
 */
public final class ProgressLines implements Consumer<String> {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final PrintStream out;
    private final ZoneId zone;

    public ProgressLines(PrintStream out, ZoneId zone) {
        this.out = out;
        this.zone = zone;
    }

    @Override
    public void accept(String step) {
        out.println(LocalDateTime.now(zone).format(SECONDS) + " " + step);
    }
}
