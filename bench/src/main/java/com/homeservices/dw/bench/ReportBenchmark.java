package com.homeservices.dw.bench;

import com.homeservices.dw.reports.ReportCatalogue;
import com.homeservices.dw.reports.ReportDefinition;
import com.homeservices.dw.warehouse.SqlFiles;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.period.Period;
import com.homeservices.dw.warehouse.period.PeriodKind;
import com.homeservices.dw.warehouse.policy.CompanyPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times every report as an operator runs it, {@code ./dw report NAME --period P} in a new process from its start to
 * its exit, in each format (PDF in both languages, XLSX, CSV), on a loaded and analysed company; next to DuckDB alone
 * running the same tables' SQL into CSV files on the same warehouse (the work a report cannot avoid). Also times
 * {@code ./dw demo} at small from start to exit.
 *
 * <p>Arguments: {@code --tier medium --runs 2 --work DIR --out FILE --demo-runs 2}.
 */
public final class ReportBenchmark {

    private static final LocalDate UNTIL = LocalDate.of(2026, 11, 22);
    private static final String[][] FORMATS = {{"pdf", "en"}, {"pdf", "zh"}, {"xlsx", "en"}, {"csv", "en"}};

    private final Map<String, String> options;
    private final Path work;
    private final StringBuilder report = new StringBuilder();

    private ReportBenchmark(Map<String, String> options) {
        this.options = options;
        this.work = Path.of(options.get("--work"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of("--tier", "medium", "--runs", "2", "--work",
                "bench/work/reports", "--out", "bench/results/reports.md", "--demo-runs", "2"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        new ReportBenchmark(options).run();
    }

    private void run() throws Exception {
        String tier = options.get("--tier");
        Path source = work.resolve(tier).resolve("source");
        Path warehouse = work.resolve(tier).resolve("warehouse.duckdb");
        report.append("# Report benchmark\n\n").append(String.format(Locale.ROOT, "Run on %s, %d cores; the `%s`"
                        + " company until %s. Each `./dw report` is a new process, timed from its start to its exit"
                        + " (JVM start, template load, queries, rendering, writing).%n%n", LocalDate.now(),
                Runtime.getRuntime().availableProcessors(), tier, UNTIL));
        prepare(tier, source, warehouse);
        reports(warehouse);
        demo();
        Path out = Path.of(options.get("--out"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report.toString());
        System.out.println(report);
    }

    /** Generates, loads and analyses the company once (kept in the work folder for later runs). */
    private void prepare(String tier, Path source, Path warehouse) throws Exception {
        report.append("## Preparing the company\n\n| step | s |\n|---|---:|\n");
        if (!Files.isDirectory(source)) {
            step("generate", "./dw", "generate", "--tier", tier, "--to", "csv:" + source, "--until", UNTIL.toString());
        }
        if (!Files.exists(warehouse)) {
            step("etl", "./dw", "etl", "--from", "csv:" + source, "--warehouse", warehouse.toString());
            // every period the reports show: twelve months back (the attrition trend) to the last one
            step("analyze (12 months)", "./dw", "analyze", "--warehouse", warehouse.toString(), "--from",
                    UNTIL.withDayOfMonth(1).minusMonths(12).toString().substring(0, 7), "--to",
                    UNTIL.toString());
        }
        report.append('\n');
    }

    private void step(String name, String... command) throws Exception {
        Timed timed = timed(command);
        report.append(String.format(Locale.ROOT, "| %s | %.1f |%n", name, timed.seconds()));
    }

    private void reports(Path warehouse) throws Exception {
        int runs = Integer.parseInt(options.get("--runs"));
        report.append("## `./dw report`, start to exit\n\nSeconds per run (").append(runs)
                .append(" runs each, in turn), the files' size, and DuckDB alone running the report's table SQL into"
                        + " CSV on the same warehouse.\n\n| report | period | format | runs (s) | size | DuckDB"
                        + " alone (s) |\n|---|---|---|---|---:|---:|\n");
        double slowest = 0;
        // DuckDB's native library loads once per JVM: load it before the first yardstick is timed
        Warehouse.inMemory(CompanyPolicy.defaults()).close();
        for (ReportDefinition definition : ReportCatalogue.load().reports()) {
            for (PeriodKind kind : definition.periodKinds()) {
                Period period = kind.lastEnded(UNTIL, CompanyPolicy.DEFAULT_FORTNIGHT_EPOCH);
                double alone = duckDbAlone(warehouse, definition, period);
                for (String[] format : FORMATS) {
                    Path out = work.resolve("out").resolve(definition.name());
                    List<String> times = new ArrayList<>();
                    long bytes = 0;
                    for (int run = 0; run < runs; run++) {
                        Timed timed = timed("./dw", "report", definition.name(), "--period", period.key(), "--format",
                                format[0], "--lang", format[1], "--warehouse", warehouse.toString(), "--out",
                                out.toString());
                        times.add(String.format(Locale.ROOT, "%.1f", timed.seconds()));
                        slowest = Math.max(slowest, timed.seconds());
                        bytes = 0;
                        for (String file : timed.output().strip().split("\n")) {
                            bytes += Files.size(Path.of(file));
                        }
                    }
                    report.append(String.format(Locale.ROOT, "| %s | %s | %s %s | %s | %,d KB | %.2f |%n",
                            definition.name(), period.key(), format[0], format[0].equals("pdf") ? format[1] : "",
                            String.join(" / ", times), bytes / 1024, alone));
                }
            }
        }
        report.append(String.format(Locale.ROOT, "%nThe slowest run: %.1f s.%n%n", slowest));
    }

    /** Every table of the report, its SQL's parameters as literals, copied to CSV by DuckDB in this JVM. */
    private static double duckDbAlone(Path file, ReportDefinition definition, Period period) throws Exception {
        long start = System.nanoTime();
        try (Warehouse warehouse = Warehouse.open(file, CompanyPolicy.defaults());
             Statement statement = warehouse.connection().createStatement()) {
            for (ReportDefinition.Table table : definition.tables()) {
                String sql = SqlFiles.readResource("reports/" + definition.name() + "/tables/" + table.name() + ".sql")
                        .replace(":period_start", "date '" + period.start() + "'")
                        .replace(":period_end", "date '" + period.end() + "'")
                        .replace(":period_kind", "'" + period.kind().code() + "'")
                        .replace(":scope_business_unit", "null").replace(":scope_outlet", "null")
                        .replace(":trend_start", "date '" + period.start() + "'");
                Path csv = Files.createTempFile("yardstick", ".csv");
                statement.execute("copy (" + sql + ") to '" + csv + "' (header)");
                Files.delete(csv);
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private void demo() throws Exception {
        int runs = Integer.parseInt(options.get("--demo-runs"));
        report.append("## `./dw demo` at small, start to exit\n\nGenerate, load, the analyses the reports need for"
                + " their periods, and every report in both languages and every format.\n\n| run | s | its stages"
                + " |\n|---|---:|---|\n");
        for (int run = 1; run <= runs; run++) {
            Timed timed = timed("./dw", "demo", "--tier", "small", "--dir", work.resolve("demo").toString());
            String stages = timed.output().lines().filter(l -> l.startsWith("seconds per stage"))
                    .map(l -> l.substring("seconds per stage: ".length())).findFirst().orElse("");
            report.append(String.format(Locale.ROOT, "| %d | %.1f | %s |%n", run, timed.seconds(), stages));
        }
    }

    record Timed(double seconds, String output) {
    }

    static Timed timed(String... command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        return new Timed((System.nanoTime() - start) / 1e9, output);
    }
}
