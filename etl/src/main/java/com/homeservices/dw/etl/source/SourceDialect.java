package com.homeservices.dw.etl.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The source databases the project ships DDL for, and how a JDBC URL names each. */
public enum SourceDialect {
    POSTGRESQL("jdbc:postgresql:"),
    MARIADB("jdbc:mariadb:");

    private final String urlPrefix;

    SourceDialect(String urlPrefix) {
        this.urlPrefix = urlPrefix;
    }

    /** The dialect a JDBC URL speaks; {@code jdbc:mysql:} is served by the MariaDB driver. */
    public static SourceDialect of(String jdbcUrl) {
        for (SourceDialect dialect : values()) {
            if (jdbcUrl.startsWith(dialect.urlPrefix)) {
                return dialect;
            }
        }
        if (jdbcUrl.startsWith("jdbc:mysql:")) {
            return MARIADB;
        }
        throw new IllegalArgumentException("unsupported source database '" + jdbcUrl.split("//")[0]
                + "': use jdbc:postgresql://… or jdbc:mariadb://… (or jdbc:mysql://…)");
    }

    /** The {@code create table} statement for {@code table} in this dialect. */
    public String createTable(SourceTable table) {
        String resource = "source/" + name().toLowerCase(Locale.ROOT) + "/" + table.tableName() + ".sql";
        try (InputStream in = SourceDialect.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing DDL " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Quotes an identifier that is a SQL keyword in this dialect (MariaDB's {@code month}, for one). */
    public String quote(String identifier) {
        return this == MARIADB ? "`" + identifier + "`" : "\"" + identifier + "\"";
    }
}
