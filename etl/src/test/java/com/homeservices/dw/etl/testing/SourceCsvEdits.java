package com.homeservices.dw.etl.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Changes to a generated source's CSV files, as the operational system would make them between two loads. */
public final class SourceCsvEdits {

    private SourceCsvEdits() {
    }

    /** Sets {@code column} of the row {@code id} (the first column) to {@code value}, and its updated_at later. */
    public static void change(Path file, String id, String column, String value) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        List<String> header = List.of(lines.get(0).split(","));
        boolean found = false;
        for (int i = 1; i < lines.size(); i++) {
            String[] fields = lines.get(i).split(",", -1);
            if (fields[0].equals(id)) {
                fields[header.indexOf(column)] = value;
                fields[header.indexOf("updated_at")] = "2026-11-23 12:00:00";
                lines.set(i, String.join(",", fields));
                found = true;
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no row " + id + " in " + file);
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** Deletes the row {@code id} (the first column). */
    public static void remove(Path file, String id) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        if (!lines.removeIf(line -> line.split(",", -1)[0].equals(id))) {
            throw new IllegalArgumentException("no row " + id + " in " + file);
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
