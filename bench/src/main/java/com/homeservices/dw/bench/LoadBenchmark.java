package com.homeservices.dw.bench;

import com.homeservices.dw.etl.customers.PhoneKey;
import com.homeservices.dw.etl.generator.CompanyGenerator;
import com.homeservices.dw.etl.generator.CsvSourceWriter;
import com.homeservices.dw.etl.generator.DirtyKind;
import com.homeservices.dw.etl.generator.JdbcSourceWriter;
import com.homeservices.dw.etl.generator.ScaleTier;
import com.homeservices.dw.etl.generator.SourceWriter;
import com.homeservices.dw.etl.load.BatchInfrastructure;
import com.homeservices.dw.etl.load.LoadJob;
import com.homeservices.dw.etl.load.LoadResult;
import com.homeservices.dw.etl.load.TableCounts;
import com.homeservices.dw.etl.source.SourceLocation;
import com.homeservices.dw.etl.source.SourcePassword;
import com.homeservices.dw.etl.source.SourceTable;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.policy.CompanyPolicy;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;

/**
 * Times the load of a generated company, per table, from a CSV folder and from PostgreSQL, next to the yardstick
 * measured in the same run: DuckDB alone reading the same CSVs with typed {@code read_csv} (for PostgreSQL,
 * {@code COPY … TO STDOUT} into CSV, then {@code read_csv}). Also an incremental PostgreSQL run after one day's
 * changes. Writes a Markdown report.
 *
 * <p>The machine's speed drifts by half within minutes (a shared virtual machine), so each load and its yardstick
 * run {@code --repeat} times in turn, alternating which goes first, and the report gives the median of each next to
 * every run's figure.
 *
 * <p>Arguments: {@code --tiers small,medium --sources csv,postgres --repeat 3 --work DIR --out FILE}.
 */
public final class LoadBenchmark {

    /** A key of the benchmarks' own for their generated companies' phones. */
    static final PhoneKey BENCH_PHONE_KEY = PhoneKey.of("bench-phone-key-0123456789abcdef0123456789");

    private static final LocalDate UNTIL = LocalDate.of(2026, 11, 22);
    private static final String POSTGRES_ADMIN = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";

    private final Path work;
    private final int repeat;
    private final StringBuilder report = new StringBuilder();

    private LoadBenchmark(Path work, int repeat) {
        this.work = work;
        this.repeat = repeat;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of("--tiers", "small,medium", "--sources", "csv,postgres",
                "--work", "bench/work", "--out", "bench/results/load.md", "--repeat", "3"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        LoadBenchmark benchmark = new LoadBenchmark(Path.of(options.get("--work")),
                Integer.parseInt(options.get("--repeat")));
        benchmark.report.append("# Load benchmark\n\nRun ").append(LocalDateTime.now().withNano(0)).append(" on ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(". Companies generated with 1% dirty rows; ")
                .append("\"dw\" is the whole load (staging, validation, rejects, merge, accounting); ")
                .append("\"DuckDB alone\" reads the same data with typed `read_csv` and validates nothing. Each is run ")
                .append(benchmark.repeat).append(benchmark.repeat == 1 ? " time" : " times, in turn")
                .append("; the figures are the median run's.\n");
        List<String> sources = List.of(options.get("--sources").split(","));
        for (String tier : options.get("--tiers").split(",")) {
            ScaleTier scale = ScaleTier.parse(tier);
            if (sources.contains("csv")) {
                benchmark.csv(scale);
            }
            if (sources.contains("postgres")) {
                benchmark.postgres(scale);
            }
        }
        Path out = Path.of(options.get("--out"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, benchmark.report.toString(), StandardCharsets.UTF_8);
        System.out.println(benchmark.report);
        System.out.println("written to " + out);
    }

    private void csv(ScaleTier tier) throws Exception {
        Path folder = work.resolve(name(tier)).resolve("csv");
        CompanyGenerator.Summary[] company = new CompanyGenerator.Summary[1];
        long generated = time(() -> company[0] = generate(tier, () -> new CsvSourceWriter(folder)));
        Runs runs = inTurn(() -> load(tier, "csv", SourceLocation.parse("csv:" + folder)), () -> {
            Map<String, Long> yardstick = new LinkedHashMap<>();
            try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"
                    + fresh(work.resolve(name(tier)).resolve("yardstick-csv.duckdb")))) {
                for (SourceTable table : SourceTable.values()) {
                    yardstick.put(table.tableName(), time(() -> readCsv(duck, table, folder.resolve(table.csvFileName()))));
                }
            }
            return yardstick;
        });
        section(tier, "CSV folder", generated, runs);
        rejectsAgainstTheGenerator(company[0], runs.lastLoad().warehouse());
    }

    /** Every run of a load and of its yardstick, in the order they finished. */
    private record Runs(List<Timed> loads, List<Map<String, Long>> yardsticks) {

        /** The last load: its warehouse is the one left on disk. */
        Timed lastLoad() {
            return loads.get(loads.size() - 1);
        }

        Timed medianLoad() {
            return loads.stream().sorted(Comparator.comparingLong(Timed::totalNanos)).toList()
                    .get(loads.size() / 2);
        }

        Map<String, Long> medianYardstick() {
            return yardsticks.stream().sorted(Comparator.comparingLong(LoadBenchmark::total)).toList()
                    .get(yardsticks.size() / 2);
        }
    }

    @FunctionalInterface
    private interface Measure<T> {
        T run() throws Exception;
    }

    /** {@code repeat} loads and yardsticks in turn, the yardstick first every other time. */
    private Runs inTurn(Measure<Timed> load, Measure<Map<String, Long>> yardstick) throws Exception {
        List<Timed> loads = new ArrayList<>();
        List<Map<String, Long>> yardsticks = new ArrayList<>();
        for (int i = 0; i < repeat; i++) {
            if (i % 2 == 0) {
                loads.add(load.run());
                yardsticks.add(yardstick.run());
            } else {
                yardsticks.add(yardstick.run());
                loads.add(load.run());
            }
        }
        return new Runs(loads, yardsticks);
    }

    private static long total(Map<String, Long> nanosPerTable) {
        return nanosPerTable.values().stream().mapToLong(Long::longValue).sum();
    }

    private void postgres(ScaleTier tier) throws Exception {
        String database = "dw_bench_" + name(tier);
        try (Connection admin = DriverManager.getConnection(POSTGRES_ADMIN); Statement s = admin.createStatement()) {
            s.execute("drop database if exists " + database + " with (force)");
            s.execute("create database " + database);
        }
        String url = "jdbc:postgresql://127.0.0.1:5432/" + database + "?user=postgres";
        CompanyGenerator.Summary[] company = new CompanyGenerator.Summary[1];
        long generated = time(() -> company[0] = generate(tier, () -> new JdbcSourceWriter(url)));
        Path copies = Files.createDirectories(work.resolve(name(tier)).resolve("pg-copy"));
        Runs runs = inTurn(() -> load(tier, "postgres", SourceLocation.parse(url)), () -> {
            Map<String, Long> yardstick = new LinkedHashMap<>();
            try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"
                    + fresh(work.resolve(name(tier)).resolve("yardstick-pg.duckdb")));
                 Connection pg = DriverManager.getConnection(url)) {
                for (SourceTable table : SourceTable.values()) {
                    Path file = copies.resolve(table.csvFileName());
                    yardstick.put(table.tableName(), time(() -> {
                        try (OutputStream out = Files.newOutputStream(file)) {
                            out.write((String.join(",", table.columns()) + "\n").getBytes(StandardCharsets.UTF_8));
                            pg.unwrap(PGConnection.class).getCopyAPI().copyOut("copy " + table.tableName()
                                    + " to stdout with (format csv)", out);
                        }
                        readCsv(duck, table, file);
                    }));
                }
            }
            return yardstick;
        });
        section(tier, "PostgreSQL", generated, runs);
        Path warehouse = runs.lastLoad().warehouse();
        rejectsAgainstTheGenerator(company[0], warehouse);
        incremental(tier, url, warehouse);
    }

    /** One day's changes at the source (every row last changed on the history's last day, touched again). */
    private void incremental(ScaleTier tier, String url, Path warehouse) throws Exception {
        long changed = 0;
        try (Connection pg = DriverManager.getConnection(url); Statement s = pg.createStatement()) {
            for (SourceTable table : SourceTable.values()) {
                changed += s.executeUpdate("update " + table.tableName() + " set updated_at = updated_at + interval '1 day'"
                        + " where updated_at >= timestamp '" + UNTIL + " 00:00:00'");
            }
        }
        LoadResult[] result = new LoadResult[1];
        long nanos = time(() -> {
            try (Warehouse w = Warehouse.open(warehouse, CompanyPolicy.defaults())) {
                result[0] = new LoadJob(w, BatchInfrastructure.beside(warehouse), LoadJob.DEFAULT_MAX_AMOUNT,
                        LoadJob.DEFAULT_OVERLAP, SourcePassword.none(), BENCH_PHONE_KEY, line -> { })
                        .run(SourceLocation.parse(url));
            }
        });
        long extracted = result[0].tables().stream().mapToLong(TableCounts::extracted).sum();
        report.append(String.format(Locale.ROOT, "%nIncremental PostgreSQL run after one day's changes (%,d source rows"
                + " touched): %,d rows extracted (the day plus the one-hour overlap) in %.1f s.%n", changed, extracted,
                nanos / 1e9));
    }

    /**
     * The rejects of the load against the rows the generator says it spoiled, each as table, source id (a malformed
     * line has none that can be trusted) and reason: the same check as DirtyRowsIntegrationTest, at this tier.
     */
    private void rejectsAgainstTheGenerator(CompanyGenerator.Summary company, Path warehouse) throws Exception {
        List<String> spoiled = company.spoiled().stream()
                .map(row -> row.table().tableName() + "|" + (row.kind() == DirtyKind.MALFORMED_LINE ? "?" : row.id())
                        + "|" + row.kind().reason())
                .sorted().toList();
        List<String> rejected = new ArrayList<>();
        try (Warehouse w = Warehouse.open(warehouse, CompanyPolicy.defaults());
             Statement s = w.connection().createStatement();
             ResultSet rs = s.executeQuery("select table_name || '|' || case when reason_code = 'malformed_line'"
                     + " then '?' else source_id end || '|' || reason_code from etl_reject")) {
            while (rs.next()) {
                rejected.add(rs.getString(1));
            }
        }
        Collections.sort(rejected);
        List<String> missing = new ArrayList<>(spoiled);
        rejected.forEach(missing::remove);
        List<String> extra = new ArrayList<>(rejected);
        spoiled.forEach(extra::remove);
        report.append(String.format(Locale.ROOT, "%nRejects against the generator's list of spoiled rows: %,d spoiled,"
                + " %,d rejected, %s.%n", spoiled.size(), rejected.size(), missing.isEmpty() && extra.isEmpty()
                ? "exactly the same rows with the same reasons"
                : missing.size() + " spoiled rows not rejected (first: " + missing.stream().limit(3).toList() + "), "
                        + extra.size() + " rejects not spoiled (first: " + extra.stream().limit(3).toList() + ")"));
    }

    /** A load's result, the seconds each table took, and the warehouse it wrote. */
    private record Timed(LoadResult result, Map<String, Long> nanosPerTable, long totalNanos, Path warehouse) {
    }

    private Timed load(ScaleTier tier, String label, SourceLocation source) throws Exception {
        Path warehouse = fresh(work.resolve(name(tier)).resolve("dw-" + label + ".duckdb"));
        Map<String, Long> perTable = new LinkedHashMap<>();
        long[] last = {0};
        String[] current = {null};
        LoadResult[] result = new LoadResult[1];
        long total = time(() -> {
            try (Warehouse w = Warehouse.open(warehouse, CompanyPolicy.defaults())) {
                result[0] = new LoadJob(w, BatchInfrastructure.beside(warehouse), LoadJob.DEFAULT_MAX_AMOUNT,
                        LoadJob.DEFAULT_OVERLAP, SourcePassword.none(), BENCH_PHONE_KEY, line -> {
                    if (line.startsWith("extracting ")) {
                        long now = System.nanoTime();
                        if (current[0] != null) {
                            perTable.put(current[0], now - last[0]);
                        }
                        current[0] = line.substring("extracting ".length());
                        last[0] = now;
                    }
                }).run(source);
                perTable.put(current[0], System.nanoTime() - last[0]);
            }
        });
        return new Timed(result[0], perTable, total, warehouse);
    }

    private void section(ScaleTier tier, String source, long generatedNanos, Runs runs) {
        Timed load = runs.medianLoad();
        Map<String, Long> yardstick = runs.medianYardstick();
        long rows = load.result().tables().stream().mapToLong(TableCounts::extracted).sum();
        long yardstickNanos = total(yardstick);
        report.append(String.format(Locale.ROOT, "%n## %s from %s%n%nGenerated in %.1f s. Loaded %,d rows in %.1f s"
                        + " (%,.0f rows/s, job start and dim_date included); DuckDB alone %.1f s (%,.0f rows/s):"
                        + " dw runs at %.0f%% of the yardstick's rate.%n",
                name(tier), source, generatedNanos / 1e9, rows, load.totalNanos() / 1e9, rows / (load.totalNanos() / 1e9),
                yardstickNanos / 1e9, rows / (yardstickNanos / 1e9), 100.0 * yardstickNanos / load.totalNanos()));
        if (runs.loads().size() > 1) {
            report.append("Every run in turn, dw / DuckDB alone: ");
            for (int i = 0; i < runs.loads().size(); i++) {
                report.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.1f / %.1f s",
                        runs.loads().get(i).totalNanos() / 1e9, total(runs.yardsticks().get(i)) / 1e9));
            }
            report.append(".\n");
        }
        report.append("\n");
        report.append("| table | rows | dw s | dw rows/s | DuckDB alone s | DuckDB alone rows/s | rejected |\n");
        report.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (TableCounts t : load.result().tables()) {
            double dw = load.nanosPerTable().getOrDefault(t.table(), 0L) / 1e9;
            double duck = yardstick.getOrDefault(t.table(), 0L) / 1e9;
            report.append(String.format(Locale.ROOT, "| %s | %,d | %.2f | %,.0f | %.2f | %,.0f | %,d |%n", t.table(),
                    t.extracted(), dw, t.extracted() / Math.max(dw, 1e-9), duck, t.extracted() / Math.max(duck, 1e-9),
                    t.rejected()));
        }
    }

    private static CompanyGenerator.Summary generate(ScaleTier tier, Supplier<SourceWriter> target) {
        try (SourceWriter writer = target.get()) {
            return new CompanyGenerator(new CompanyGenerator.Settings(tier, 1L, 0.01, UNTIL), line -> { }).generate(writer);
        }
    }

    /** DuckDB alone: the file read with its columns' types into a table; bad values skipped, nothing checked. */
    private static void readCsv(Connection duck, SourceTable table, Path file) throws SQLException {
        String columns = table.columns().stream().map(c -> "'" + c + "': '" + duckType(table, c) + "'")
                .collect(Collectors.joining(", "));
        try (Statement s = duck.createStatement()) {
            s.execute("create or replace table " + table.tableName() + " as select * from read_csv('" + file.toAbsolutePath()
                    + "', header = true, columns = {" + columns + "}, ignore_errors = true)");
        }
    }

    static String duckType(SourceTable table, String column) {
        if (column.equals("id") || column.endsWith("_id")) {
            return "BIGINT";
        }
        if (column.endsWith("_at") || column.equals("scheduled_start")) {
            return "TIMESTAMP";
        }
        if (column.endsWith("_on") || column.endsWith("_date") || column.equals("month") || column.equals("probation_end")) {
            return "DATE";
        }
        if (List.of("hours", "quantity").contains(column)) {
            return "DECIMAL(10,2)";
        }
        if (List.of("satisfaction", "rework_count", "customer_satisfaction").contains(column)) {
            return "INTEGER";
        }
        if (List.of("list_price", "unit_price", "discount", "amount", "cancellation_fee", "estimated_loss", "claimed_amount",
                "approved_amount", "staff_liability_amount", "insurer_recovery", "monthly_base_wage", "hourly_rate",
                "gross_pay").contains(column)) {
            return "DECIMAL(14,2)";
        }
        return "VARCHAR";
    }

    private static String name(ScaleTier tier) {
        return tier.name().toLowerCase(Locale.ROOT);
    }

    private static Path fresh(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        for (String suffix : List.of("", ".wal", ".batch.mv.db", ".batch.trace.db")) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
        return file;
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    /**
     * Times {@code work} from a settled machine: the files just written flushed to disk (else the kernel writes them
     * back during whatever runs next, generation's 1 GB of CSV landing on the load, the load's file on the yardstick)
     * and the generator's garbage collected.
     */
    private static long time(Work work) throws Exception {
        settle();
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private static void settle() throws Exception {
        new ProcessBuilder("sync").inheritIO().start().waitFor();
        System.gc();
    }

    private static long time(Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        return System.nanoTime() - start;
    }
}
