package com.homeservices.dw.jobs.schedule;

import com.homeservices.dw.warehouse.DwException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** Quartz's own tables in the job store's PostgreSQL database, created from the script Quartz ships when missing. */
final class QuartzTables {

    private static final String SCRIPT = "org/quartz/impl/jdbcjobstore/tables_postgres.sql";
    /** The PostgreSQL advisory lock under which the tables are created: any fixed number of our own. */
    private static final long LOCK = 0x64770001L;

    private QuartzTables() {
    }

    static void ensure(String url, String password) {
        Properties properties = new Properties();
        if (password != null) {
            properties.setProperty("password", password);
        }
        try (Connection connection = DriverManager.getConnection(url, properties);
             Statement lock = connection.createStatement()) {
            // two schedulers starting together on a new database: one creates the tables, the other waits for it
            lock.execute("select pg_advisory_lock(" + LOCK + ")");
            try {
                create(connection);
            } finally {
                lock.execute("select pg_advisory_unlock(" + LOCK + ")");
            }
        } catch (SQLException e) {
            throw new DwException("cannot prepare the scheduler's job store: " + e.getMessage().lines().findFirst()
                    .orElse(""), e);
        }
    }

    private static void create(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, "qrtz_locks", null)) {
            if (tables.next()) {
                return;
            }
        }
        try {
            String script;
            try (InputStream in = QuartzTables.class.getClassLoader().getResourceAsStream(SCRIPT)) {
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            try (Statement statement = connection.createStatement()) {
                for (String sql : script.replaceAll("(?m)^--.*$", "").split(";")) {
                    if (!sql.isBlank() && !sql.strip().equalsIgnoreCase("commit")) {
                        statement.execute(sql);
                    }
                }
            }
        } catch (IOException e) {
            throw new DwException("cannot read Quartz's table script: " + e.getMessage(), e);
        }
    }
}
