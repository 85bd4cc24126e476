package com.homeservices.dw.etl.generator;

import com.homeservices.dw.etl.source.SourceDialect;
import com.homeservices.dw.etl.source.SourcePassword;
import com.homeservices.dw.etl.source.SourceTable;
import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.Warehouse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Fills an operational database with generated rows on its bulk path: PostgreSQL's {@code COPY … FROM STDIN}
 * (one connection per table, since the tables fill side by side), MariaDB's multi-row {@code INSERT}.
 * The tables are dropped and created afresh from the shipped DDL.
 */
public final class JdbcSourceWriter implements SourceWriter {

    private static final int ROWS_PER_INSERT = 500;

    private final String url;
    private final SourcePassword password;
    private final SourceDialect dialect;
    private final Map<SourceTable, TableSink> sinks = new EnumMap<>(SourceTable.class);
    private long rows;

    public JdbcSourceWriter(String url) {
        this(url, SourcePassword.none());
    }

    public JdbcSourceWriter(String url, SourcePassword password) {
        this.url = url;
        this.password = password;
        this.dialect = SourceDialect.of(url);
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (SourceTable table : SourceTable.values()) {
                s.execute("drop table if exists " + table.tableName());
                s.execute(dialect.createTable(table));
            }
        } catch (SQLException e) {
            throw new DwException("cannot create the source tables at " + url + ": "
                    + Warehouse.firstLine(e.getMessage()), e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, password.connectionProperties());
    }

    @Override
    public void write(SourceTable table, Object[] row) {
        try {
            TableSink sink = sinks.get(table);
            if (sink == null) {
                sink = dialect == SourceDialect.POSTGRESQL ? new CopySink(table) : new InsertSink(table);
                sinks.put(table, sink);
            }
            sink.add(row);
            rows++;
        } catch (SQLException e) {
            throw new DwException("cannot write " + table.tableName() + " at " + url + ": "
                    + Warehouse.firstLine(e.getMessage()), e);
        }
    }

    @Override
    public boolean acceptsMalformedLines() {
        return false;
    }

    @Override
    public long rowsWritten() {
        return rows;
    }

    @Override
    public void close() {
        try {
            for (TableSink sink : sinks.values()) {
                sink.close();
            }
        } catch (SQLException e) {
            throw new DwException("cannot finish writing to " + url + ": " + Warehouse.firstLine(e.getMessage()), e);
        }
    }

    private interface TableSink {
        void add(Object[] row) throws SQLException;

        void close() throws SQLException;
    }

    /** PostgreSQL: a COPY stream in CSV format, fed in blocks. */
    private final class CopySink implements TableSink {
        private final Connection connection;
        private final CopyIn copy;
        private final StringBuilder buffer = new StringBuilder(1 << 16);

        CopySink(SourceTable table) throws SQLException {
            connection = connect();
            copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy " + table.tableName() + " (" + String.join(", ", table.columns())
                            + ") from stdin with (format csv)");
        }

        @Override
        public void add(Object[] row) throws SQLException {
            buffer.append(SourceValues.csvLine(row)).append('\n');
            if (buffer.length() > (1 << 16)) {
                flush();
            }
        }

        private void flush() throws SQLException {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }

        @Override
        public void close() throws SQLException {
            flush();
            copy.endCopy();
            connection.close();
        }
    }

    /** MariaDB: multi-row INSERT statements of {@value #ROWS_PER_INSERT} rows, committed as they fill. */
    private final class InsertSink implements TableSink {
        private final Connection connection;
        private final SourceTable table;
        private final List<Object[]> pending = new ArrayList<>(ROWS_PER_INSERT);
        private final PreparedStatement full;

        InsertSink(SourceTable table) throws SQLException {
            this.table = table;
            connection = connect();
            connection.setAutoCommit(false);
            full = connection.prepareStatement(insert(ROWS_PER_INSERT));
        }

        private String insert(int rowCount) {
            List<String> quoted = table.columns().stream().map(dialect::quote).toList();
            String tuple = "(" + String.join(",", java.util.Collections.nCopies(quoted.size(), "?")) + ")";
            return "insert into " + table.tableName() + " (" + String.join(",", quoted) + ") values "
                    + String.join(",", java.util.Collections.nCopies(rowCount, tuple));
        }

        @Override
        public void add(Object[] row) throws SQLException {
            pending.add(row);
            if (pending.size() == ROWS_PER_INSERT) {
                execute(full);
                connection.commit();
            }
        }

        private void execute(PreparedStatement statement) throws SQLException {
            int index = 1;
            for (Object[] row : pending) {
                for (Object value : row) {
                    statement.setObject(index++, value);
                }
            }
            statement.executeUpdate();
            pending.clear();
        }

        @Override
        public void close() throws SQLException {
            if (!pending.isEmpty()) {
                try (PreparedStatement rest = connection.prepareStatement(insert(pending.size()))) {
                    execute(rest);
                }
            }
            connection.commit();
            full.close();
            connection.close();
        }
    }

}
