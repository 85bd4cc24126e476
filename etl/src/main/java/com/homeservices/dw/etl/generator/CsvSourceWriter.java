package com.homeservices.dw.etl.generator;

import com.homeservices.dw.etl.source.SourceTable;
import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.PrivateFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/** Writes a CSV export: one {@code <table>.csv} per table, UTF-8, a header row of the column names. */
public final class CsvSourceWriter implements SourceWriter {

    private final Path folder;
    private final Map<SourceTable, BufferedWriter> files = new EnumMap<>(SourceTable.class);
    private long rows;

    public CsvSourceWriter(Path folder) {
        this.folder = folder;
        try {
            // The company's customers and payroll: readable by the owner alone.
            PrivateFiles.folder(folder);
            for (SourceTable table : SourceTable.values()) {
                BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(PrivateFiles.newOutputStream(
                        folder.resolve(table.csvFileName()), PrivateFiles.Access.OWNER), StandardCharsets.UTF_8));
                writer.write(String.join(",", table.columns()));
                writer.write('\n');
                files.put(table, writer);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new DwException("cannot write the CSV folder " + folder + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void write(SourceTable table, Object[] row) {
        line(table, SourceValues.csvLine(row));
    }

    @Override
    public boolean acceptsMalformedLines() {
        return true;
    }

    @Override
    public void writeMalformedLine(SourceTable table, String line) {
        line(table, line);
    }

    private void line(SourceTable table, String line) {
        try {
            BufferedWriter writer = files.get(table);
            writer.write(line);
            writer.write('\n');
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + folder.resolve(table.csvFileName()), e);
        }
    }

    @Override
    public long rowsWritten() {
        return rows;
    }

    @Override
    public void close() {
        for (BufferedWriter writer : files.values()) {
            try {
                writer.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
