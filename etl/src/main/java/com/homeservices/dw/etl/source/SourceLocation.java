package com.homeservices.dw.etl.source;

import com.homeservices.dw.warehouse.DwException;
import java.nio.file.Path;

/**
 * Where operational data lives: {@code csv:DIR} (one {@code <table>.csv} per table) or {@code jdbc:URL}. A URL
 * never carries a password ({@link SourcePassword} does); {@link #display()} masks one all the same.
 */
public sealed interface SourceLocation {

    record Csv(Path folder) implements SourceLocation {
        @Override
        public String display() {
            return "csv:" + folder;
        }
    }

    record Jdbc(String url) implements SourceLocation {
        @Override
        public String display() {
            return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//[^/@]*@", "//");
        }

        public SourceDialect dialect() {
            return SourceDialect.of(url);
        }
    }

    /** The location as it may appear in logs and the run history. */
    String display();

    static SourceLocation parse(String text) {
        if (text == null || text.isBlank()) {
            throw new DwException("a source is written csv:DIR or jdbc:URL, but none was given");
        }
        if (text.startsWith("csv:")) {
            return new Csv(Path.of(text.substring("csv:".length())));
        }
        if (text.startsWith("jdbc:")) {
            try {
                SourceDialect.of(text);
            } catch (IllegalArgumentException e) {
                throw new DwException(e.getMessage(), e);
            }
            SourcePassword.checkUrl(text);
            return new Jdbc(text);
        }
        throw new DwException("'" + text + "' is not a source: write csv:DIR or jdbc:URL"
                + " (for example jdbc:postgresql://127.0.0.1:5432/ops)");
    }
}
