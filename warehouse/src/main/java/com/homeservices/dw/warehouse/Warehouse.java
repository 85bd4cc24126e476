package com.homeservices.dw.warehouse;

import com.homeservices.dw.warehouse.period.Fortnight;
import com.homeservices.dw.warehouse.policy.AttritionPolicy;
import com.homeservices.dw.warehouse.policy.CompanyPolicy;
import com.homeservices.dw.warehouse.policy.ComplaintPolicy;
import com.homeservices.dw.warehouse.policy.SegmentationPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The DuckDB warehouse file, opened once per process: DuckDB lets one process write a file at a time, so every
 * part of a command (loads, mart swaps, report queries) goes through this one database, on this connection or, for
 * work running beside it in another thread, on {@link #anotherConnection}.
 */
public final class Warehouse implements AutoCloseable {

    /** The star schema, in the order the tables are created. */
    static final List<String> SCHEMA = List.of(
            "warehouse_meta", "date_key", "dim_date", "dim_business_unit", "dim_outlet", "dim_product", "dim_customer",
            "dim_staff", "fct_customer_flag", "fct_service_order", "fct_claim", "fct_complaint", "fct_attendance",
            "fct_outlet_expense", "fct_payroll", "fct_hq_expense",
            "etl_run", "etl_run_table", "etl_run_control_sum", "etl_reject", "etl_watermark",
            "mart_claim_totals_fortnight", "mart_claim_authority_exception", "mart_claim_reconciliation_fortnight",
            "mart_complaint_handling_month", "mart_staff_attrition_month", "mart_outlet_profit_week",
            "mart_outlet_profit_month", "mart_customer_segment_month", "mart_customer_segment_summary_month",
            "mart_customer_pareto_month",
            "mart_product_mix_month", "mart_attendance_staff_month", "mart_attendance_leave", "mart_refresh",
            "chain_run", "report_delivery", "schedule_pause");

    /**
     * The schema this program reads and writes: raised with every migration ({@code sql/migration/V<n>__…}), which
     * carries a file of an earlier version here when it is opened (docs/operations.md "Upgrades").
     */
    public static final int SCHEMA_VERSION = 8;

    /** The schema whose phones are plain hashes: only {@code ./dw rekey-phones} opens it, and carries it to 7. */
    public static final int PLAIN_PHONES_VERSION = 6;

    /** How often a command waiting for the warehouse tries again. */
    private static final Duration LOCK_POLL = Duration.ofMillis(500);

    private final DuckDBConnection connection;
    private final CompanyPolicy policy;
    private final Path file;
    /** The schema version this opening upgraded the file from; 0 when it did not. */
    private int upgradedFrom;
    /** Whether {@link #prepareExplainMacros} made its macros on this connection. */
    private boolean explainMacrosReady;

    private Warehouse(DuckDBConnection connection, CompanyPolicy policy, Path file) {
        this.connection = connection;
        this.policy = policy;
        this.file = file;
    }

    /** Opens (creating when absent) the warehouse file and brings its schema up to date. */
    public static Warehouse open(Path file, CompanyPolicy policy) {
        Path absolute = file.toAbsolutePath();
        try {
            PrivateFiles.folder(absolute.getParent());
            if (!Files.exists(absolute)) {
                createPrivately(absolute);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new DwException("cannot create the warehouse " + file + ": " + e.getMessage(), e);
        }
        tighten(absolute);
        return connect("jdbc:duckdb:" + absolute, policy, file, SCHEMA_VERSION);
    }

    /** A warehouse made before files were created owner-only is made so when opened. */
    private static void tighten(Path file) {
        try {
            PrivateFiles.restrict(file);
        } catch (UncheckedIOException e) {
            // not this account's file (a reader's read-only use): its owner decides its mode
        }
    }

    /**
     * Opens a warehouse for {@code ./dw rekey-phones}: one of schema 6, whose phones only that command can key (it
     * needs the key), as it is; any other as {@link #open(Path, CompanyPolicy)} does. {@link #schemaVersion} tells
     * which it is.
     */
    public static Warehouse openForUpgrade(Path file, CompanyPolicy policy) {
        if (!Files.exists(file)) {
            throw new DwException("the warehouse " + file + " does not exist");
        }
        tighten(file.toAbsolutePath());
        return connect("jdbc:duckdb:" + file.toAbsolutePath(), policy, file, PLAIN_PHONES_VERSION);
    }

    /**
     * A new, empty warehouse at {@code file}, never readable by others even for a moment: DuckDB refuses a file it
     * did not write, so it makes the database in a folder only the owner can enter, and the file (mode 0600) is then
     * linked into place, unless another process made one there first.
     */
    private static void createPrivately(Path file) throws IOException {
        // the JDK makes a temporary folder owner-only (0700)
        Path nursery = Files.createTempDirectory(file.getParent(), "." + file.getFileName() + ".new-");
        try {
            Path fresh = nursery.resolve(file.getFileName());
            try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + fresh)) {
                connection.createStatement().close();
            } catch (SQLException e) {
                throw new IOException(firstLine(e.getMessage()), e);
            }
            PrivateFiles.restrict(fresh);
            try {
                Files.createLink(file, fresh);
            } catch (FileAlreadyExistsException e) {
                // another process created it meanwhile: open that one
            } catch (UnsupportedOperationException | FileSystemException e) {
                Files.move(fresh, file); // a file system without hard links; fails if one appeared meanwhile
            }
        } finally {
            PrivateFiles.deleteAll(nursery);
        }
    }

    /**
     * As {@link #open(Path, CompanyPolicy)}, waiting up to {@code patience} while another process holds the file
     * (the scheduler while it loads or produces), saying once through {@code notice} what it waits for.
     */
    public static Warehouse open(Path file, CompanyPolicy policy, Duration patience, Consumer<String> notice) {
        long deadline = System.nanoTime() + patience.toNanos();
        boolean told = false;
        while (true) {
            try {
                return open(file, policy);
            } catch (DwException e) {
                if (!isBeingWritten(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                if (!told) {
                    notice.accept("waiting for the warehouse " + file + ": another process is writing it"
                            + holder(e.getCause().getMessage()) + "; it is given up after " + patience.toMinutes()
                            + " minutes");
                    told = true;
                }
                try {
                    Thread.sleep(LOCK_POLL.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Whether {@code e} says that another process holds the warehouse file. */
    public static boolean isBeingWritten(DwException e) {
        return e.getCause() instanceof SQLException cause && isLocked(cause);
    }

    private static boolean isLocked(SQLException e) {
        return e.getMessage() != null && e.getMessage().contains("Could not set lock");
    }

    /** {@code  (PID 1234)} from DuckDB's "Conflicting lock is held in … (PID 1234)", when it says so. */
    private static String holder(String message) {
        Matcher pid = Pattern.compile("\\(PID (\\d+)\\)").matcher(message);
        return pid.find() ? " (process " + pid.group(1) + ")" : "";
    }

    /**
     * Opens an existing warehouse to read only (the web archive beside the scheduler): nothing is created or
     * upgraded, and DuckDB refuses any write. While another process writes the file, this fails at once with
     * {@link DwException} saying so, as {@link #open(Path, CompanyPolicy)} does; a reader is expected to wait or
     * say so, not to queue.
     */
    public static Warehouse openReadOnly(Path file, CompanyPolicy policy) {
        if (!Files.isRegularFile(file)) {
            throw new DwException("the warehouse " + file + " does not exist");
        }
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try {
            DuckDBConnection connection = (DuckDBConnection) DriverManager.getConnection(
                    "jdbc:duckdb:" + file.toAbsolutePath(), readOnly);
            Warehouse warehouse = new Warehouse(connection, policy, file);
            try (Statement statement = connection.createStatement()) {
                warehouse.prepareSession(statement);
                warehouse.checkReadable(statement);
            } catch (SQLException | RuntimeException e) {
                warehouse.close();
                throw e;
            }
            return warehouse;
        } catch (SQLException e) {
            if (isLocked(e)) {
                throw new DwException("the warehouse " + file + " is being written by another process (the scheduler's"
                        + " run); it can be read once that run ends", e);
            }
            throw new DwException("cannot open the warehouse " + file + " to read: " + firstLine(e.getMessage()), e);
        }
    }

    /** A warehouse that lives in memory, for tests and one-off checks. */
    public static Warehouse inMemory(CompanyPolicy policy) {
        return connect("jdbc:duckdb:", policy, null, SCHEMA_VERSION);
    }

    private static Warehouse connect(String url, CompanyPolicy policy, Path file, int alsoAccepted) {
        try {
            DuckDBConnection connection = (DuckDBConnection) DriverManager.getConnection(url);
            Warehouse warehouse = new Warehouse(connection, policy, file);
            warehouse.createSchema(alsoAccepted);
            return warehouse;
        } catch (SQLException e) {
            if (isLocked(e)) {
                throw new DwException("the warehouse " + file + " is in use by another process; wait for it to finish"
                        + " (DuckDB lets one process write a warehouse file at a time)", e);
            }
            throw new DwException("cannot open the warehouse " + (file == null ? "in memory" : file) + ": "
                    + firstLine(e.getMessage()), e);
        }
    }

    private void createSchema(int alsoAccepted) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            prepareSession(statement);
            int version = storedVersion(statement);
            if (version == 0) {
                for (String table : SCHEMA) {
                    statement.execute(SqlFiles.read("schema/" + table + ".sql"));
                }
                statement.execute("insert into warehouse_meta values (" + SCHEMA_VERSION + ")");
                return;
            }
            if (version == alsoAccepted) {
                return;
            }
            refuseUnreadable(version);
            if (version < SCHEMA_VERSION) {
                upgrade(statement, version);
            }
        }
    }

    /**
     * Carries a warehouse of an earlier schema to this one ({@link SchemaMigrations}), after a copy of the file as it
     * was is kept beside it (once: an upgrade stopped half way and tried again keeps the first copy).
     */
    private void upgrade(Statement statement, int version) throws SQLException {
        Path copy = null;
        if (file != null) {
            statement.execute("checkpoint");
            copy = file.resolveSibling(file.getFileName() + ".schema-" + version);
            try {
                if (!Files.exists(copy)) {
                    Path part = Files.createTempFile(file.toAbsolutePath().getParent(), "." + copy.getFileName(), ".part");
                    Files.copy(file, part, StandardCopyOption.REPLACE_EXISTING);
                    PrivateFiles.restrict(part);
                    Files.move(part, copy, StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (IOException | UncheckedIOException e) {
                throw new DwException("cannot keep a copy of the warehouse " + file + " before upgrading its schema"
                        + " from version " + version + " (" + e.getMessage() + "); nothing was changed", e);
            }
        }
        SchemaMigrations.migrate(connection, version);
        statement.execute("update warehouse_meta set schema_version = " + SCHEMA_VERSION);
        upgradedFrom = version;
        if (file != null) {
            System.err.println("dw: upgraded the warehouse " + file + " from schema version " + version + " to "
                    + SCHEMA_VERSION + "; the file as it was is kept as " + copy);
        }
    }

    /**
     * The schema version the file holds: 0 for a new (empty) one; 1 for one made before the version was kept (it has
     * fct_claim but no warehouse_meta).
     */
    private static int storedVersion(Statement statement) throws SQLException {
        boolean hasMeta;
        boolean hasFacts;
        try (ResultSet rs = statement.executeQuery("select count(*) filter (where table_name = 'warehouse_meta'),"
                + " count(*) filter (where table_name = 'fct_claim') from information_schema.tables")) {
            rs.next();
            hasMeta = rs.getInt(1) > 0;
            hasFacts = rs.getInt(2) > 0;
        }
        if (!hasFacts) {
            return 0;
        }
        if (hasMeta) {
            try (ResultSet rs = statement.executeQuery("select max(schema_version) from warehouse_meta")) {
                if (rs.next() && rs.getObject(1) != null) {
                    return rs.getInt(1);
                }
            }
        }
        return 1;
    }

    /** A version this program cannot carry on from, or a newer program's, is refused in one sentence. */
    private void refuseUnreadable(int version) {
        if (version == 6) {
            throw new DwException("the warehouse " + file + " keeps phones as plain hashes (schema version 6): run"
                    + " './dw rekey-phones --warehouse " + file + "' once to key them (docs/security.md)");
        }
        if (version < SchemaMigrations.FIRST_UPGRADABLE) {
            throw new DwException("the warehouse " + file + " has schema version " + version + ", from before"
                    + " upgrades kept the history (version " + SchemaMigrations.FIRST_UPGRADABLE + "); load it again"
                    + " into a new file");
        }
        if (version > SCHEMA_VERSION) {
            throw new DwException("the warehouse " + file + " has schema version " + version + ", made by a newer"
                    + " release of this program (this one knows up to " + SCHEMA_VERSION + "): use that release");
        }
    }

    /** A reader cannot upgrade: a warehouse of an earlier schema is refused with the command that does. */
    private void checkReadable(Statement statement) throws SQLException {
        int version = storedVersion(statement);
        refuseUnreadable(version);
        if (version != 0 && version < SCHEMA_VERSION) {
            throw new DwException("the warehouse " + file + " has schema version " + version + " and this program"
                    + " reads " + SCHEMA_VERSION + ": run './dw upgrade --warehouse " + file + "' once (it keeps a"
                    + " copy of the file as it was)");
        }
    }

    /**
     * The last whole day of data (sql/marts/data_through.sql): a period that ends after it has not ended as far as
     * the data go, and is computed and reported only as a draft.
     */
    public LocalDate dataThrough() {
        try {
            return dataThrough(connection, policy.zone());
        } catch (SQLException e) {
            throw new DwException("cannot read how far the data go: " + firstLine(e.getMessage()), e);
        }
    }

    /** {@link #dataThrough()} on a connection of the caller's (inside a transaction). */
    public static LocalDate dataThrough(Connection c, ZoneId zone) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(SqlFiles.read("marts/data_through.sql"))) {
            Date yesterday = Date.valueOf(DwClock.yesterday(zone));
            query.setDate(1, yesterday);
            query.setDate(2, yesterday);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getObject(1, LocalDate.class);
            }
        }
    }

    public Connection connection() {
        return connection;
    }

    /** The schema version this opening carried the file on from ({@code ./dw upgrade}); 0 when it was current. */
    public int upgradedFrom() {
        return upgradedFrom;
    }

    /** The version of the schema the file holds (an upgrade's start: {@link #openForUpgrade}). */
    public int schemaVersion() {
        return (int) queryLong("select max(schema_version) from warehouse_meta");
    }

    /**
     * The same database on a connection of its own, for work in another thread (a JDBC connection serves one thread
     * at a time; DuckDB runs the two connections' transactions side by side). Closing it closes only that connection.
     */
    public Warehouse anotherConnection() {
        try {
            DuckDBConnection another = (DuckDBConnection) connection.duplicate();
            Warehouse warehouse = new Warehouse(another, policy, file);
            try (Statement statement = another.createStatement()) {
                warehouse.prepareSession(statement);
            }
            return warehouse;
        } catch (SQLException e) {
            throw new DwException("cannot open another connection to the warehouse " + file + ": "
                    + firstLine(e.getMessage()), e);
        }
    }

    /**
     * {@code display_percent(numerator, denominator)}: a ratio as a percent with one decimal, rounded half up (away
     * from zero) once, as metrics.md shows ratios; null over zero. Exact: DuckDB divides decimals in floating point,
     * so the quotient is taken in whole millionths (hugeint), never as a double.
     */
    private static final String DISPLAY_PERCENT_MACRO = "create or replace temp macro display_percent(numerator,"
            + " denominator) as case when numerator is null or denominator is null or denominator = 0 then null"
            + " else cast(sign(numerator) * sign(denominator) * ((abs(cast(numerator * 1000000 as hugeint)) * 2000"
            + " // abs(cast(denominator * 1000000 as hugeint)) + 1) // 2) as decimal(18,0)) * 0.1 end";

    /** The company's time zone and the policy's rules as macros, for SQL on this connection. */
    private void prepareSession(Statement statement) throws SQLException {
        statement.execute(timeZone());
        statement.execute(requiredTierMacro());
        statement.execute(DISPLAY_PERCENT_MACRO);
        for (String macro : complaintLimitMacros()) {
            statement.execute(macro);
        }
        for (String macro : attritionMacros()) {
            statement.execute(macro);
        }
    }

    /**
     * Makes the explanations' table macros on this connection, once: {@code customer_window(as_of)}
     * (sql/macros/customer_window.sql: every customer's figures, flags and segment as of a day, with the policy's
     * thresholds), {@code leave_runs(month_start)} (sql/macros/leave_runs.sql: the rows of each leave starting in a
     * month, with who must approve it by the policy) and {@code fortnight_claims(period_start, period_end)}
     * (sql/macros/fortnight_claims.sql: every claim with what it is in a fortnight). Made on demand rather than at every open: DuckDB binds a table
     * macro to the tables when it is made (8-16 ms at medium), which only the explanations need.
     */
    public void prepareExplainMacros() {
        if (explainMacrosReady) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(customerWindowMacro());
            statement.execute(SqlFiles.read("macros/leave_runs.sql").replace("${approver}",
                    policy.leave().approverSql("placed.kind", "placed.grade", "placed.days")));
            statement.execute(SqlFiles.read("macros/fortnight_claims.sql"));
        } catch (SQLException e) {
            throw new DwException("cannot prepare the explanations' macros on " + (file == null
                    ? "the warehouse in memory" : "the warehouse " + file) + ": " + firstLine(e.getMessage()), e);
        }
        explainMacrosReady = true;
    }

    private String customerWindowMacro() {
        SegmentationPolicy segmentation = policy.segmentation();
        return SqlFiles.read("macros/customer_window.sql")
                .replace("${topShare}", segmentation.topShare().toPlainString())
                .replace("${keyAccountRevenue}", segmentation.keyAccountRevenue().toPlainString())
                .replace("${loyalMonths}", segmentation.loyalMonths().toString())
                .replace("${longTermMonths}", segmentation.longTermMonths().toString())
                .replace("${atRiskDays}", segmentation.atRiskDays().toString());
    }

    /**
     * {@code tenure_band(day, hired_on)}: the policy's tenure band on {@code day} by calendar months, as
     * StaffAttrition bands it (a month added to the 31st is the month's last day, in Spark as in DuckDB); and
     * {@code attrition_early_days()}, within which a separation is early attrition.
     */
    private List<String> attritionMacros() {
        AttritionPolicy attrition = policy.attrition();
        StringBuilder band = new StringBuilder("create or replace temp macro tenure_band(day, hired_on) as case");
        List<Integer> bounds = attrition.tenureBandMonths();
        List<String> bands = attrition.tenureBands();
        for (int i = 0; i < bounds.size(); i++) {
            band.append(" when day < hired_on + to_months(").append(bounds.get(i)).append(") then '")
                    .append(bands.get(i)).append("'");
        }
        band.append(" else '").append(bands.get(bands.size() - 1)).append("' end");
        return List.of(band.toString(),
                "create or replace temp macro attrition_early_days() as " + attrition.earlyDays());
    }

    /**
     * {@code complaint_limit_minutes(kind, response)}: the minutes within which a complaint of {@code kind} (soft,
     * hard) must have its {@code 'first'} or {@code 'second'} response, and {@code complaint_follow_up_minutes()}
     * after its resolution for the follow-up; the policy's, as ComplaintHandling applies them.
     */
    private List<String> complaintLimitMacros() {
        ComplaintPolicy complaints = policy.complaints();
        return List.of("create or replace temp macro complaint_limit_minutes(kind, response) as case"
                        + " when response = 'first' and kind = 'hard' then " + complaints.hardFirstResponseMinutes()
                        + " when response = 'first' then " + complaints.softFirstResponseMinutes()
                        + " when kind = 'hard' then " + complaints.hardSecondResponseMinutes()
                        + " else " + complaints.softSecondResponseMinutes() + " end",
                "create or replace temp macro complaint_follow_up_minutes() as " + complaints.followUpHours() * 60);
    }

    /**
     * {@code required_tier(estimated_loss, approved_amount)} for SQL on this connection: the policy's one claim tier
     * rule ({@code ClaimApprovalPolicy.tierRule}), as Spark runs it too.
     */
    private String requiredTierMacro() {
        return "create or replace temp macro required_tier(estimated_loss, approved_amount) as "
                + policy.claims().requiredTierSql("estimated_loss", "approved_amount");
    }

    private String timeZone() {
        return "set TimeZone = '" + policy.zone().getId().replace("'", "") + "'";
    }

    public CompanyPolicy policy() {
        return policy;
    }

    /** The file, or null for an in-memory warehouse. */
    public Path file() {
        return file;
    }

    public DuckDBAppender appender(String table) throws SQLException {
        return connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
    }

    /** Runs {@code work} in one transaction: all of it is visible to readers, or none. */
    public <T> T inTransaction(SqlWork<T> work) {
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new DwException("the warehouse refused a change: " + firstLine(e.getMessage()), e);
        }
    }

    /** Makes sure dim_date has every day from {@code from} to {@code to}, with its week, fortnight and month. */
    public void ensureDates(LocalDate from, LocalDate to) {
        inTransaction(c -> {
            LocalDate existingMin = null;
            LocalDate existingMax = null;
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select min(date_on), max(date_on) from dim_date")) {
                rs.next();
                if (rs.getObject(1) != null) {
                    existingMin = rs.getObject(1, LocalDate.class);
                    existingMax = rs.getObject(2, LocalDate.class);
                }
            }
            try (DuckDBAppender appender = appender("dim_date")) {
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    boolean present = existingMin != null && !d.isBefore(existingMin) && !d.isAfter(existingMax);
                    if (!present) {
                        appendDate(appender, d);
                    }
                }
            }
            return null;
        });
    }

    private void appendDate(DuckDBAppender appender, LocalDate d) throws SQLException {
        appender.beginRow()
                .append(dateKey(d))
                .append(d)
                .append(d.getYear())
                .append(d.withDayOfMonth(1))
                .append(d.get(IsoFields.WEEK_BASED_YEAR))
                .append(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                .append(d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)))
                .append(Fortnight.startOf(d, policy.fortnightEpoch()))
                .append(d.getDayOfWeek().getValue())
                .endRow();
    }

    public static int dateKey(LocalDate d) {
        return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }

    /** Runs a query with bound parameters and returns the single long it yields. */
    public long queryLong(String sql, Object... params) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new DwException("warehouse query failed: " + firstLine(e.getMessage()), e);
        }
    }

    /** Runs one statement with bound parameters (an insert, an update, a delete). */
    public void update(String sql, Object... params) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new DwException("the warehouse refused a change: " + firstLine(e.getMessage()), e);
        }
    }

    /** Runs one statement outside any explicit transaction. */
    public void execute(String sql) {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new DwException("warehouse statement failed: " + firstLine(e.getMessage()), e);
        }
    }

    public static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new DwException("cannot close the warehouse " + file + ": " + firstLine(e.getMessage()), e);
        }
    }

    /** A piece of work on the warehouse connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
