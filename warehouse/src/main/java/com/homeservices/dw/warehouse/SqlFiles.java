package com.homeservices.dw.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the SQL that lives in files on the classpath, one statement per file. */
public final class SqlFiles {

    private SqlFiles() {
    }

    /** The statement in {@code sql/<path>}, e.g. {@code read("schema/fct_claim.sql")}. */
    public static String read(String path) {
        return readResource("sql/" + path);
    }

    /** The statement in the classpath resource {@code resource}, e.g. a report's {@code reports/<name>/tables/…}. */
    public static String readResource(String resource) {
        try (InputStream in = SqlFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no SQL file on the classpath at " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
