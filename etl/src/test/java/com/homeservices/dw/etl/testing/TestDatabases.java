package com.homeservices.dw.etl.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Fresh, uniquely named databases on the machine's real PostgreSQL and MariaDB (127.0.0.1, started by .ci/run),
 * dropped when closed, so that tests never share state with each other or with a person's data.
 */
public final class TestDatabases {

    public static final String POSTGRES_ADMIN = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
    public static final String MARIADB_ADMIN = "jdbc:mariadb://127.0.0.1:3306/?user=root";

    private TestDatabases() {
    }

    /** A database that exists until closed; {@link #url()} reaches it. */
    public record Database(String url, String adminUrl, String name) implements AutoCloseable {
        @Override
        public void close() throws SQLException {
            try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
                s.execute(adminUrl.startsWith("jdbc:postgresql") ? "drop database if exists " + name + " with (force)"
                        : "drop database if exists " + name);
            }
        }
    }

    public static Database postgres() throws SQLException {
        String name = uniqueName();
        create(POSTGRES_ADMIN, name);
        return new Database("jdbc:postgresql://127.0.0.1:5432/" + name + "?user=postgres", POSTGRES_ADMIN, name);
    }

    public static Database mariadb() throws SQLException {
        String name = uniqueName();
        create(MARIADB_ADMIN, name);
        return new Database("jdbc:mariadb://127.0.0.1:3306/" + name + "?user=root", MARIADB_ADMIN, name);
    }

    private static void create(String adminUrl, String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
    }

    private static String uniqueName() {
        return "dw_it_" + ProcessHandle.current().pid() + "_" + Long.toHexString(System.nanoTime());
    }
}
