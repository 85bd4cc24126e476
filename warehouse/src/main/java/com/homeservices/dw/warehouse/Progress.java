package com.homeservices.dw.warehouse;

import java.util.function.Consumer;

/**
 * Where a long piece of work (generating a company, loading a table, computing an analysis) says what it is doing: a
 * line for each event, and, between a {@link #begin} and the next line, how many rows it has handled so far. A log
 * keeps the lines; a terminal also shows the running task as a live bar.
 */
@FunctionalInterface
public interface Progress extends Consumer<String> {

    /** Reports nothing: for tests and embedding. */
    Progress NONE = line -> { };

    /** A task starts ({@code extracting booking}); it runs until the next line or task. */
    default void begin(String task) {
        accept(task);
    }

    /** How many rows the running task has handled so far; a log may print it now and then. */
    default void rows(long soFar) {
    }
}
