package com.homeservices.dw.etl.testing;

import com.homeservices.dw.etl.source.SourceTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A hand-written CSV export: every table's file with its header, and the rows a test gives. */
public final class CsvExport {

    private final Map<SourceTable, List<String>> rows = new EnumMap<>(SourceTable.class);

    public CsvExport with(SourceTable table, String... lines) {
        rows.computeIfAbsent(table, t -> new ArrayList<>()).addAll(List.of(lines));
        return this;
    }

    /** Writes the export to {@code folder}, replacing what was there. */
    public Path writeTo(Path folder) {
        try {
            Files.createDirectories(folder);
            for (SourceTable table : SourceTable.values()) {
                List<String> lines = new ArrayList<>();
                lines.add(String.join(",", table.columns()));
                lines.addAll(rows.getOrDefault(table, List.of()));
                Files.write(folder.resolve(table.csvFileName()), lines, StandardCharsets.UTF_8);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
