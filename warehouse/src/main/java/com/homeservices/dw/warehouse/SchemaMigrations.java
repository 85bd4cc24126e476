package com.homeservices.dw.warehouse;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.duckdb.DuckDBConnection;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings a warehouse file's schema up to this program's version, keeping every row: each change since schema 7 is a
 * numbered file {@code sql/migration/V<n>__<what>.sql}, applied once, in order, each in its own transaction, and
 * recorded in {@code warehouse_migration} (Flyway's history). A warehouse made by a release before migrations were
 * kept (schema 7) is taken as it is and carried on from there; a new one is made from {@code sql/schema/} at the
 * current version. docs/operations.md "Upgrades".
 */
final class SchemaMigrations {

    /** Flyway's record of the migrations applied to this file. */
    static final String HISTORY = "warehouse_migration";
    /** The first schema a warehouse can be carried on from: the releases before kept no way to upgrade. */
    static final int FIRST_UPGRADABLE = 7;

    private SchemaMigrations() {
    }

    /**
     * Applies the migrations after {@code version}, the schema the file holds, on the warehouse's own database (a
     * second connection to the same file would be refused its lock).
     */
    static void migrate(DuckDBConnection connection, int version) {
        try {
            Flyway.configure(SchemaMigrations.class.getClassLoader())
                    .dataSource(new SameDatabase(connection))
                    .locations("classpath:sql/migration")
                    .table(HISTORY)
                    .baselineOnMigrate(true)
                    .baselineVersion(String.valueOf(version))
                    .baselineDescription("schema " + version + " as it was found")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new DwException("cannot upgrade the warehouse's schema from version " + version + ": "
                    + Warehouse.firstLine(e.getMessage()), e);
        }
    }

    /** Connections to the warehouse's database for Flyway: each a duplicate of the warehouse's, closed by Flyway. */
    private record SameDatabase(DuckDBConnection connection) implements DataSource {

        @Override
        public Connection getConnection() throws SQLException {
            return connection.duplicate();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
