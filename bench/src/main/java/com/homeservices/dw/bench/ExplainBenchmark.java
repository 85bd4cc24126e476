package com.homeservices.dw.bench;

import com.homeservices.dw.jobs.config.DwConfig;
import com.homeservices.dw.jobs.web.ArchiveServer;
import com.homeservices.dw.jobs.web.Readers;
import com.homeservices.dw.reports.FigureExplainer;
import com.homeservices.dw.reports.Scope;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.period.Period;
import com.homeservices.dw.warehouse.period.PeriodKind;
import com.homeservices.dw.warehouse.policy.CompanyPolicy;
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
 * explain} of every Claim Totals figure of the busiest outlet, each a new process from its start to its exit, beside
 * DuckDB alone running the same explain SQL; then each page of {@code ./dw serve} as a signed-in reader requests it.
 *
 * <p>Arguments: {@code --dir DIR} (a demo company: made by {@code ./dw demo --tier T --dir DIR} when absent),
 * {@code --tier medium}, {@code --requests 10}, {@code --out bench/results/explain.md}.
 */
public final class ExplainBenchmark {

    private static final String REPORT = "claim-totals";

    private final Map<String, String> options;
    private final StringBuilder report = new StringBuilder();

    private ExplainBenchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of("--tier", "medium", "--dir",
                "bench/work/explain/medium", "--requests", "10", "--out", "bench/results/explain.md"));
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
        Period fortnight = latestFortnight(dir.resolve("reports").resolve(REPORT));
        String outlet;
        List<String> figures;
        try (Warehouse warehouse = Warehouse.openReadOnly(warehouseFile, CompanyPolicy.defaults())) {
            try (PreparedStatement busiest = warehouse.connection().prepareStatement("select outlet_code"
                    + " from mart_claim_totals_fortnight where fortnight_start_on = ?"
                    + " order by claims_reported + claims_open_at_end desc, outlet_code limit 1")) {
                busiest.setObject(1, fortnight.start());
                try (ResultSet rs = busiest.executeQuery()) {
                    rs.next();
                    outlet = rs.getString(1);
                }
            }
            figures = new FigureExplainer(warehouse).tables(REPORT, fortnight, Scope.COMPANY).get(0).figures();
        }
        report.append("# Explain and web archive benchmark\n\n").append(String.format(Locale.ROOT,
                "Run on %s, %d cores; the `%s` demo company (%s), Claim Totals for the fortnight %s, outlet %s (the"
                        + " most claims reported and open).%n%n", LocalDate.now(),
                Runtime.getRuntime().availableProcessors(), options.get("--tier"), dir, fortnight.key(), outlet));
        explainCommand(warehouseFile, fortnight, outlet, figures);
        pages(dir, warehouseFile, fortnight, outlet);
        Path out = Path.of(options.get("--out"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report.toString());
        System.out.println(report);
    }

    /** Each figure through ./dw explain, start to exit, and the explain SQL's rows by DuckDB alone, in-process. */
    private void explainCommand(Path warehouseFile, Period fortnight, String outlet, List<String> figures)
            throws Exception {
        report.append("## `./dw explain`, start to exit\n\n| figure | rows | s | DuckDB alone (s) |\n|---|---:|---:|---:|\n");
        List<Double> seconds = new ArrayList<>();
        for (String figure : figures) {
            ReportBenchmark.Timed run = ReportBenchmark.timed("./dw", "explain", REPORT, "--warehouse",
                    warehouseFile.toString(), "--period", fortnight.key(), "--row", "outlet:" + outlet, "--figure",
                    figure, "--format", "csv");
            long rows = run.output().lines().count() - 1;
            long start = System.nanoTime();
            try (Warehouse warehouse = Warehouse.openReadOnly(warehouseFile, CompanyPolicy.defaults())) {
                new FigureExplainer(warehouse).explain(REPORT, fortnight, new Scope(Scope.Kind.OUTLET, outlet),
                        figure);
            }
            double alone = (System.nanoTime() - start) / 1e9;
            seconds.add(run.seconds());
            report.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f |%n", figure, rows, run.seconds(),
                    alone));
        }
        report.append(String.format(Locale.ROOT, "%n%d figures: median %.2f s, slowest %.2f s (target: under 2 s)."
                + " DuckDB alone is the explain SQL and the report's row read in this JVM, warm, opening the file"
                + " each time.%n%n", seconds.size(), median(seconds), Collections.max(seconds)));
    }

    /** Each page as a signed-in reader asks for it: the first request, then the median and slowest of the rest. */
    private void pages(Path dir, Path warehouseFile, Period fortnight, String outlet) throws Exception {
        String password = "benchmark reader password";
        DwConfig config = DwConfig.defaults().withWarehouse(warehouseFile)
                .withReports(new DwConfig.Reports(dir.resolve("reports"), null, null, null, null))
                .withMail(DwConfig.defaults().mail(), List.of(new DwConfig.Recipient("gm", "General manager",
                        "gm@example.com", "en", "company", List.of(REPORT), null, Readers.hash(password))))
                .withServe(new DwConfig.Serve(null, 0, null));
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

    private static Period latestFortnight(Path reportFolder) throws Exception {
        try (Stream<Path> periods = Files.list(reportFolder)) {
            return new Period(PeriodKind.FORTNIGHT, periods.map(p -> LocalDate.parse(p.getFileName().toString()))
                    .max(LocalDate::compareTo).orElseThrow());
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
