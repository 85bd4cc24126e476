package com.homeservices.dw.etl.generator;

import com.homeservices.dw.etl.source.SourceTable;

/** Where the generator's rows go: a CSV folder or an operational database. Rows come in the table's column order. */
public interface SourceWriter extends AutoCloseable {

    void write(SourceTable table, Object[] row);

    /** Whether this target can hold a line that is not valid CSV (only a CSV folder can). */
    boolean acceptsMalformedLines();

    /** Writes text as one line of the table's file, as a broken export would. */
    default void writeMalformedLine(SourceTable table, String line) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot hold malformed lines");
    }

    /** Rows written so far, per table, for progress reports. */
    long rowsWritten();

    @Override
    void close();
}
