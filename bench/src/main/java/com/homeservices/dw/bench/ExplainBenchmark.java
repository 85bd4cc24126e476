package com.homeservices.dw.bench;

import com.homeservices.dw.jobs.config.DwConfig;
import com.homeservices.dw.jobs.web.ArchiveServer;
import com.homeservices.dw.jobs.web.Readers;
import com.homeservices.dw.reports.ExplanationOutput;
import com.homeservices.dw.reports.FigureExplainer;
import com.homeservices.dw.reports.RowKey;
import com.homeservices.dw.reports.Scope;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.period.Period;
import com.homeservices.dw.warehouse.period.PeriodKind;
import com.homeservices.dw.warehouse.policy.CompanyPolicy;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Times what a reader waits for (issue 20's targets: an explanation under 2 s, a page under 300 ms): {@code ./dw
 * explain} of every explained figure of Claim Totals' busiest outlet and its reconciliation line, of Outlet
 * Profitability's month for the outlet with the most revenue and the business unit with the most outlets, and of the
 * month's largest rows of the company's reports (the company's attrition, the premium segment, the Pareto row, the
 * busiest product category), each a new process from its start to its exit, beside the same explanation in this JVM;
 * then each page of {@code ./dw serve} as a signed-in reader requests it.
 *
 * <p>Arguments: {@code --dir DIR} (a demo company: made by {@code ./dw demo --tier T --dir DIR} when absent),
 * {@code --tier medium}, {@code --requests 10}, {@code --out bench/results/explain.md}, {@code --explain no} (the
 * pages alone).
 */
public final class ExplainBenchmark {

    private static final String REPORT = "claim-totals";
    private static final String PROFITABILITY = "outlet-profitability";

    private final Map<String, String> options;
    private final StringBuilder report = new StringBuilder();

    private ExplainBenchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of("--tier", "medium", "--dir",
                "bench/work/explain/medium", "--requests", "10", "--out", "bench/results/explain.md",
                "--explain", "yes"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        new ExplainBenchmark(options).run();
        System.exit(0);
    }

    private void run() throws Exception {
        Path dir = Path.of(options.get("--dir"));
        Path warehouseFile = dir.resolve("warehouse.duckdb");
        if (!Files.exists(warehouseFile)) {
            ReportBenchmark.timed("./dw", "demo", "--tier", options.get("--tier"), "--dir", dir.toString());
        }
        Period fortnight = latest(dir.resolve("reports").resolve(REPORT), PeriodKind.FORTNIGHT);
        Period month = latest(dir.resolve("reports").resolve(PROFITABILITY), PeriodKind.MONTH);
        String outlet = first(warehouseFile, "select outlet_code from mart_claim_totals_fortnight"
                + " where fortnight_start_on = ? order by claims_reported + claims_open_at_end desc, outlet_code limit 1",
                fortnight);
        String earner = first(warehouseFile, "select outlet_code from mart_outlet_profit_month"
                + " where month_start_on = ? order by revenue desc, outlet_code limit 1", month);
        String unit = first(warehouseFile, "select business_unit_code from mart_outlet_profit_month"
                + " where month_start_on = ? group by 1 order by count(*) desc, 1 limit 1", month);
        report.append("# Explain and web archive benchmark\n\n").append(String.format(Locale.ROOT,
                "Run on %s, %d cores; the `%s` demo company (%s): Claim Totals for the fortnight %s, outlet %s (the"
                        + " most claims reported and open); Outlet Profitability for %s, outlet %s (the most revenue)"
                        + " and business unit %s (the most outlets).%n%n", LocalDate.now(),
                Runtime.getRuntime().availableProcessors(), options.get("--tier"), dir, fortnight.key(), outlet,
                month.key(), earner, unit));
        // --explain no: the pages alone
        if (!options.get("--explain").equals("no")) {
            report.append("## `./dw explain`, start to exit\n\n| report | row | figure | rows | s | warm JVM (s) |\n"
                    + "|---|---|---|---:|---:|---:|\n");
            // the first explain after a build writes the launcher's class-data archive of explain's classes as it
            // exits; timed apart, as every later run maps it (removed first, so this run is that one)
            Files.deleteIfExists(Path.of("jobs/target/dw-explain.jsa"));
            ReportBenchmark.Timed first = ReportBenchmark.timed("./dw", "explain", REPORT, "--warehouse",
                    warehouseFile.toString(), "--period", fortnight.key(), "--row", "outlet:" + outlet, "--figure",
                    "claims_reported");
            List<Double> seconds = new ArrayList<>();
            explainCommand(warehouseFile, REPORT, fortnight, "outlet:" + outlet, "outlets", seconds);
            explainCommand(warehouseFile, REPORT, fortnight, "company", "reconciliation", seconds);
            explainCommand(warehouseFile, PROFITABILITY, month, "outlet:" + earner, "outlets", seconds);
            explainCommand(warehouseFile, PROFITABILITY, month, "business-unit:" + unit, "outlets", seconds);
            // the monthly reports of the company: its largest rows, each listing the most source rows
            explainCommand(warehouseFile, "staff-attrition", month, "cut:outlet,cut_value:" + earner, "cuts", seconds);
            explainCommand(warehouseFile, "staff-attrition", month, "cut:company,cut_value:all", "cuts", seconds);
            explainCommand(warehouseFile, "attendance-summary", month, "outlet:" + earner, "outlets", seconds);
            explainCommand(warehouseFile, "complaint-handling", month, "outlet:" + first(warehouseFile,
                    "select outlet_code from mart_complaint_handling_month where month_start_on = ? and kind = 'hard'"
                            + " order by received desc, outlet_code limit 1", month) + ",kind:hard", "outlets", seconds);
            explainCommand(warehouseFile, "premium-customers", month, "customer_code:" + first(warehouseFile,
                    "select customer_code from mart_customer_segment_month where month_start_on = ? and premium"
                            + " order by orders desc, customer_code limit 1", month), "customers", seconds);
            explainCommand(warehouseFile, "premium-customers", month, "segment:premium", "segments", seconds);
            explainCommand(warehouseFile, "premium-customers", month, "company", "pareto", seconds);
            String category = first(warehouseFile, "select product_category from mart_product_mix_month"
                    + " where month_start_on = ? and population = 'all' order by orders desc, product_category limit 1",
                    month);
            explainCommand(warehouseFile, "product-mix", month, "product_category:" + category, "categories", seconds);
            report.append(String.format(Locale.ROOT, "%n%d figures: median %.2f s, slowest %.2f s, %d over 2 s"
                    + " (target: under 2 s). Each in the default format (the table), written to a pipe. A warm JVM:"
                    + " the same explanation made and written in this JVM, opening the file each time; the difference"
                    + " is the process's start. Before them, the first run after the build (%s claims_reported),"
                    + " which writes the class-data archive the others map: %.2f s.%n", seconds.size(),
                    median(seconds), Collections.max(seconds), seconds.stream().filter(s -> s >= 2).count(), REPORT,
                    first.seconds()));
            formats(warehouseFile, "product-mix", month, "product_category:" + category, "all_orders");
        }
        pages(dir, warehouseFile, fortnight, outlet, month);
        Path out = Path.of(options.get("--out"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report.toString());
        System.out.println(report);
    }

    /** The first column of the first row of {@code sql}, given the period's first day. */
    private static String first(Path warehouseFile, String sql, Period period) throws Exception {
        try (Warehouse warehouse = Warehouse.openReadOnly(warehouseFile, CompanyPolicy.defaults());
             PreparedStatement query = warehouse.connection().prepareStatement(sql)) {
            query.setObject(1, period.start());
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** Each figure of {@code row} through ./dw explain, start to exit, and by DuckDB alone in this JVM. */
    private void explainCommand(Path warehouseFile, String reportName, Period period, String row, String table,
                                List<Double> seconds) throws Exception {
        List<String> figures;
        try (Warehouse warehouse = Warehouse.openReadOnly(warehouseFile, CompanyPolicy.defaults())) {
            figures = new FigureExplainer(warehouse).tables(reportName, period, Scope.COMPANY).stream()
                    .filter(t -> t.name().equals(table)).findFirst().orElseThrow().figures();
        }
        for (String figure : figures) {
            // the default format, the table an operator reads
            ReportBenchmark.Timed run = ReportBenchmark.timed("./dw", "explain", reportName, "--warehouse",
                    warehouseFile.toString(), "--period", period.key(), "--row", row, "--figure", figure);
            long start = System.nanoTime();
            long rows;
            try (Warehouse warehouse = Warehouse.openReadOnly(warehouseFile, CompanyPolicy.defaults());
                 FigureExplainer explainer = new FigureExplainer(warehouse)) {
                FigureExplainer.Explanation explained = explainer.explain(reportName, period, RowKey.parse(row),
                        figure, ExplanationOutput.ROWS_HELD);
                explainer.write(explained, ExplanationOutput.Format.TABLE, OutputStream.nullOutputStream());
                rows = explained.isRatio() ? explained.parts().stream().mapToLong(FigureExplainer.Explanation::count)
                        .sum() : explained.count();
            }
            double warm = (System.nanoTime() - start) / 1e9;
            seconds.add(run.seconds());
            report.append(String.format(Locale.ROOT, "| %s %s | %s | %s | %,d | %.2f | %.2f |%n", reportName,
                    period.key(), row, figure, rows, run.seconds(), warm));
        }
    }

    /** The slowest figure in each of ./dw explain's formats. */
    private void formats(Path warehouseFile, String reportName, Period period, String row, String figure)
            throws Exception {
        report.append(String.format(Locale.ROOT, "%nThe largest, %s %s %s %s, in each format:", reportName,
                period.key(), row, figure));
        for (String format : List.of("table", "csv", "json")) {
            List<Double> runs = new ArrayList<>();
            int length = 0;
            for (int i = 0; i < 3; i++) {
                ReportBenchmark.Timed run = ReportBenchmark.timed("./dw", "explain", reportName, "--warehouse",
                        warehouseFile.toString(), "--period", period.key(), "--row", row, "--figure", figure,
                        "--format", format);
                runs.add(run.seconds());
                length = run.output().length();
            }
            report.append(String.format(Locale.ROOT, " %s %.2f s (median of 3, %d bytes);", format, median(runs),
                    length));
        }
        report.setLength(report.length() - 1);
        report.append(".\n\n");
    }

    /** Each page as a signed-in reader asks for it: the first request, then the median and slowest of the rest. */
    private void pages(Path dir, Path warehouseFile, Period fortnight, String outlet, Period month) throws Exception {
        String password = "benchmark reader password";
        DwConfig config = DwConfig.defaults().withWarehouse(warehouseFile)
                .withReports(new DwConfig.Reports(dir.resolve("reports"), null, null, null, null))
                .withMail(DwConfig.defaults().mail(), List.of(new DwConfig.Recipient("gm", "General manager",
                        "gm@example.com", "en", "company", List.of(REPORT, "premium-customers"), null,
                        Readers.hash(password))))
                .withServe(new DwConfig.Serve(null, 0, null, null));
        int requests = Integer.parseInt(options.get("--requests"));
        report.append("## `./dw serve`, a signed-in reader's pages\n\nEach page requested ").append(requests + 1)
                .append(" times in turn by one reader (the server in this JVM; the warehouse opened read-only at"
                        + " the first request and kept open between close ones, as ./dw serve does).\n\n| page | bytes | first (ms) | median (ms) | slowest (ms) |\n"
                        + "|---|---:|---:|---:|---:|\n");
        try (ArchiveServer server = ArchiveServer.start(config, line -> { })) {
            String base = "http://127.0.0.1:" + server.port();
            HttpClient client = HttpClient.newHttpClient();
            String cookie = client.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("id=gm&password=" + password.replace(' ', '+')))
                            .build(), HttpResponse.BodyHandlers.discarding())
                    .headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            String reportPage = "/reports/" + REPORT + "/" + fortnight.key();
            String pdf = reportPage + "/files/" + REPORT + "_" + fortnight.key() + "_en.pdf";
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("archive", "/");
            pages.put("report (figures)", reportPage);
            pages.put("explain claims_open_at_end", reportPage + "/explain?row=outlet:" + outlet
                    + "&figure=claims_open_at_end");
            // the longest list: every premium customer, its first rows shown with their figures as links
            pages.put("report (premium customers)", "/reports/premium-customers/" + month.key());
            pages.put("runs", "/runs");
            pages.put("download PDF", pdf);
            for (Map.Entry<String, String> page : pages.entrySet()) {
                List<Double> millis = new ArrayList<>();
                long bytes = 0;
                for (int i = 0; i <= requests; i++) {
                    long start = System.nanoTime();
                    HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(base
                            + page.getValue())).header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofByteArray());
                    millis.add((System.nanoTime() - start) / 1e6);
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(page.getValue() + " answered " + response.statusCode());
                    }
                    bytes = response.body().length;
                }
                List<Double> warm = millis.subList(1, millis.size());
                report.append(String.format(Locale.ROOT, "| %s | %,d | %.0f | %.0f | %.0f |%n", page.getKey(), bytes,
                        millis.get(0), median(warm), Collections.max(warm)));
            }
        }
        report.append("\nTarget: a page under 300 ms.\n");
    }

    /** The latest period of {@code kind} the demo archived for the report. */
    private static Period latest(Path reportFolder, PeriodKind kind) throws Exception {
        try (Stream<Path> periods = Files.list(reportFolder)) {
            String key = periods.map(p -> p.getFileName().toString())
                    .filter(name -> name.length() == (kind == PeriodKind.MONTH ? 7 : 10))
                    .max(String::compareTo).orElseThrow();
            return new Period(kind, LocalDate.parse(kind == PeriodKind.MONTH ? key + "-01" : key));
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
