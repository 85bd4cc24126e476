package com.homeservices.dw.jobs.cli;

import static com.homeservices.dw.jobs.cli.DwFunctionalTest.dw;
import static org.assertj.core.api.Assertions.assertThat;

import com.homeservices.dw.jobs.cli.DwFunctionalTest.Run;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.period.PeriodKind;
import com.homeservices.dw.warehouse.policy.CompanyPolicy;
import com.homeservices.dw.warehouse.testing.Rows;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reports through the command line: {@code ./dw demo} on a tiny company renders every report for its latest
 * complete period, then {@code ./dw report} renders each again, in both languages and every format, and cut to one
 * business unit.
 */
class ReportCommandFunctionalTest {

    private static final LocalDate EPOCH = LocalDate.of(2024, 1, 1);
    /** The demo company's last day, a month's last: its reports are that month's, week's and fortnight's. */
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 30);
    /** Each report's English and Chinese titles. */
    private static final Map<String, List<String>> TITLES = Map.of(
            "claim-totals", List.of("Claim Totals", "事故或服务质量理赔总额表"),
            "outlet-profitability", List.of("Outlet Profitability", "网点盈利分析表"),
            "premium-customers", List.of("Premium Customer Summary", "公司优秀客户汇总表"),
            "product-mix", List.of("Product Mix", "公司客户使用服务产品比例表"),
            "staff-attrition", List.of("Staff Attrition Analysis", "月度员工流失分析"),
            "complaint-handling", List.of("Complaint Handling", "投诉处理情况表"),
            "attendance-summary", List.of("Attendance Summary", "月度出勤汇总"));

    @TempDir
    static Path temp;
    private static Path demo;
    private static Run demoRun;

    @BeforeAll
    static void runTheDemo() {
        demo = temp.resolve("demo");
        demoRun = dw("demo", "--tier", "tiny", "--dir", demo.toString(), "--until", LAST_DAY.toString());
        assertThat(demoRun.exitCode()).as(demoRun.err()).isZero();
    }

    /**
     * {@code ./dw explain} against the report: for the fortnight and outlet with the most claims the demo computed
     * (a tiny company has few), the claims behind two figures, as many as the report's CSV counts and adding up to
     * its amount.
     */
    @Test
    void explainListsTheClaimsBehindAFigureOfTheRenderedReport() throws IOException, java.sql.SQLException {
        Path warehouse = demo.resolve("warehouse.duckdb");
        String[] busiest = firstRow("select fortnight_start_on, outlet_code from mart_claim_totals_fortnight"
                + " order by claims_reported desc, settled_claimed_amount desc, 1 desc, 2 limit 1");
        String fortnight = busiest[0];
        String outlet = busiest[1];
        Map<String, String> row = outletRow("claim-totals", fortnight, outlet);
        String reported = row.get("claims_reported");
        String netCost = row.get("settled_net_cost_cny");
        assertThat(Integer.parseInt(reported)).as("the busiest outlet's claims").isPositive();

        Run count = dw("explain", "claim-totals", "--period", fortnight, "--row", "outlet:" + outlet, "--figure",
                "claims_reported", "--warehouse", warehouse.toString());
        Run money = dw("explain", "claim-totals", "--period", fortnight, "--row", "outlet:" + outlet, "--figure",
                "settled_net_cost", "--format", "csv", "--warehouse", warehouse.toString());

        assertThat(count.exitCode()).as(count.err()).isZero();
        assertThat(count.out()).endsWith(reported + (reported.equals("1") ? " row" : " rows") + " adding up to "
                + reported + "; the report shows " + reported + "\n");
        assertThat(money.exitCode()).as(money.err()).isZero();
        List<String> claims = money.out().lines().skip(1).toList();
        assertThat(claims).allMatch(line -> line.startsWith("CL"));
        assertThat(claims.stream().map(line -> new BigDecimal(line.substring(line.lastIndexOf(',') + 1)))
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(netCost);
    }

    @Test
    void explainAnOutletsMarginAndProfitAgainstTheRenderedReport() throws IOException, java.sql.SQLException {
        Path warehouse = demo.resolve("warehouse.duckdb");
        String[] best = firstRow("select strftime(month_start_on, '%Y-%m'), outlet_code from mart_outlet_profit_month"
                + " where revenue > 0 order by month_start_on desc, revenue desc, outlet_code limit 1");
        Map<String, String> row = outletRow("outlet-profitability", best[0], best[1]);

        Run margin = dw("explain", "outlet-profitability", "--period", best[0], "--row", "outlet:" + best[1],
                "--figure", "margin", "--warehouse", warehouse.toString());
        Run profit = dw("explain", "outlet-profitability", "--period", best[0], "--row", "outlet:" + best[1],
                "--figure", "profit", "--format", "json", "--warehouse", warehouse.toString());

        assertThat(margin.exitCode()).as(margin.err()).isZero();
        String shown = row.get("margin_pct");
        assertThat(margin.out()).contains("margin_pct = profit_cny ÷ revenue_cny × 100 = ")
                .endsWith(" = " + shown + "; the report shows " + shown + "\n");
        assertThat(profit.exitCode()).as(profit.err()).isZero();
        com.fasterxml.jackson.databind.JsonNode document = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(profit.out());
        assertThat(document.get("value").decimalValue()).isEqualByComparingTo(row.get("profit_cny"));
        assertThat(document.get("rounded").decimalValue()).isEqualByComparingTo(row.get("profit_cny"));
        assertThat(document.get("rows").size()).isPositive();
    }

    /**
     * {@code ./dw explain} on the company's reports as the demo rendered them: the company's separations and trailing
     * attrition rate, named by their cut, and the first category's share of the product mix's amounts.
     */
    @Test
    void explainACompanyReportsRowsAgainstTheRenderedReport() throws IOException {
        String warehouse = demo.resolve("warehouse.duckdb").toString();
        String month = period("staff-attrition");
        Map<String, String> company = csvRow(demo.resolve("reports/staff-attrition").resolve(month)
                .resolve("staff-attrition_" + month + "_cuts.csv"), "cut_value", "all");

        Run separations = dw("explain", "staff-attrition", "--period", month, "--row", "cut:company,cut_value:all",
                "--figure", "separations", "--warehouse", warehouse);
        Run trailing = dw("explain", "staff-attrition", "--period", month, "--row", "cut:company,cut_value:all",
                "--figure", "trailing_attrition_rate", "--warehouse", warehouse);

        assertThat(separations.exitCode()).as(separations.err()).isZero();
        assertThat(separations.out()).endsWith(" adding up to " + company.get("separations") + "; the report shows "
                + company.get("separations") + "\n");
        assertThat(trailing.exitCode()).as(trailing.err()).isZero();
        String rate = company.get("trailing_attrition_rate_pct");
        assertThat(trailing.out()).contains("trailing_attrition_rate_pct = trailing_separations × 12 ÷ ")
                .endsWith(" = " + rate + "; the report shows " + rate + "\n");

        List<String> mix = Files.readAllLines(demo.resolve("reports/product-mix").resolve(month)
                .resolve("product-mix_" + month + "_categories.csv"));
        Map<String, String> first = csvRow(demo.resolve("reports/product-mix").resolve(month)
                .resolve("product-mix_" + month + "_categories.csv"), "product_category",
                mix.get(1).split(",")[1]);
        Run share = dw("explain", "product-mix", "--period", month, "--row", "product_category:"
                + first.get("product_category"), "--figure", "all_amount_pct", "--format", "json", "--warehouse",
                warehouse);
        assertThat(share.exitCode()).as(share.err()).isZero();
        com.fasterxml.jackson.databind.JsonNode document = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(share.out());
        assertThat(document.get("value").decimalValue()).isEqualByComparingTo(first.get("all_amount_pct"));
        assertThat(document.get("rounded").decimalValue()).isEqualByComparingTo(first.get("all_amount_pct"));
        assertThat(document.get("parts").get(0).get("sum").decimalValue())
                .isEqualByComparingTo(first.get("all_amount_cny"));
    }

    /** The row of a CSV file whose {@code column} holds {@code value}, by column. */
    private static Map<String, String> csvRow(Path csv, String column, String value) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        List<String> header = List.of(lines.get(0).split(","));
        for (String line : lines.subList(1, lines.size())) {
            String[] values = line.split(",", -1);
            if (values[header.indexOf(column)].equals(value)) {
                Map<String, String> row = new java.util.LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), values[i]);
                }
                return row;
            }
        }
        throw new AssertionError(csv + " has no row with " + column + " " + value);
    }

    /** The first row of {@code sql} on the demo's warehouse, its columns in order. */
    private String[] firstRow(String sql) throws java.sql.SQLException {
        try (Warehouse open = Warehouse.open(demo.resolve("warehouse.duckdb"), CompanyPolicy.defaults())) {
            return Rows.of(open, sql).get(0).split("\\|");
        }
    }

    /** The one row of the report's outlets CSV for {@code outlet}, rendered through the command line, by column. */
    private Map<String, String> outletRow(String report, String period, String outlet) throws IOException {
        Path out = temp.resolve("row-" + report);
        Run csv = dw("report", report, "--period", period, "--scope", "outlet:" + outlet, "--format", "csv",
                "--warehouse", demo.resolve("warehouse.duckdb").toString(), "--out", out.toString());
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        List<String> lines = Files.readAllLines(out.resolve(report + "_" + period + "_" + outlet + "_outlets.csv"));
        String[] header = lines.get(0).split(",");
        String[] values = lines.get(1).split(",", -1);
        Map<String, String> row = new java.util.LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) {
            row.put(header[i], values[i]);
        }
        return row;
    }

    /** The latest complete period of the report's first kind, as the demo rendered it. */
    private static String period(String report) {
        PeriodKind kind = switch (report) {
            case "claim-totals" -> PeriodKind.FORTNIGHT;
            case "outlet-profitability" -> PeriodKind.WEEK;
            default -> PeriodKind.MONTH;
        };
        return kind.lastEnded(LAST_DAY, EPOCH).key();
    }

    @Test
    void theDemoRendersEveryReportInBothLanguagesAndEveryFormat() throws IOException {
        for (String report : TITLES.keySet()) {
            Path folder = demo.resolve("reports").resolve(report).resolve(period(report));
            String stem = report + "_" + period(report);
            assertThat(pdfText(folder.resolve(stem + "_en.pdf"))).contains(TITLES.get(report).get(0));
            assertThat(pdfText(folder.resolve(stem + "_zh.pdf"))).contains(TITLES.get(report).get(1));
            assertThat(folder.resolve(stem + ".xlsx")).isRegularFile();
            try (var csv = Files.list(folder)) {
                assertThat(csv.filter(f -> f.toString().endsWith(".csv")).count()).as(report).isPositive();
            }
        }
        String month = PeriodKind.MONTH.lastEnded(LAST_DAY, EPOCH).key();
        assertThat(demo.resolve("reports/outlet-profitability").resolve(month)
                .resolve("outlet-profitability_" + month + "_en.pdf")).isRegularFile();
        String fortnight = period("claim-totals");
        assertThat(pdfText(demo.resolve("reports/claim-totals").resolve(fortnight)
                .resolve("claim-totals_" + fortnight + "_en.pdf")))
                .contains("Fortnight " + fortnight + " – ", "Company total", "difference 0 claims, 0.00");
        assertThat(demoRun.out()).contains("seconds per stage: generate", "load", "compute", "render")
                .containsPattern("claim\\s+([\\d,]+)\\s+\\1\\s+0\\s+0\\s+0\\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"claim-totals", "outlet-profitability", "premium-customers", "product-mix", "staff-attrition",
            "complaint-handling", "attendance-summary"})
    void eachReportInEachLanguageAndFormat(String report) throws IOException {
        Path out = temp.resolve("out-" + report);
        List<Path> files = new ArrayList<>();
        for (String[] options : new String[][] {{"pdf", "en"}, {"pdf", "zh"}, {"xlsx", "en"}, {"csv", "en"}}) {
            Run run = dw("report", report, "--period", period(report), "--format", options[0], "--lang", options[1],
                    "--warehouse", demo.resolve("warehouse.duckdb").toString(), "--out", out.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            run.out().lines().map(Path::of).forEach(files::add);
        }

        String stem = report + "_" + period(report);
        assertThat(pdfText(out.resolve(stem + "_en.pdf"))).contains(TITLES.get(report).get(0)).doesNotContain("null");
        assertThat(pdfText(out.resolve(stem + "_zh.pdf"))).contains(TITLES.get(report).get(1)).doesNotContain("null");
        List<String> csvTables = files.stream().map(f -> f.getFileName().toString())
                .filter(name -> name.endsWith(".csv"))
                .map(name -> name.substring(stem.length() + 1, name.length() - 4)).toList();
        try (InputStream in = Files.newInputStream(out.resolve(stem + ".xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            // the same tables in both files, and the same number of rows in each
            assertThat(sheets).isEqualTo(csvTables);
            for (String table : csvTables) {
                assertThat(Files.readAllLines(out.resolve(stem + "_" + table + ".csv")))
                        .as(table).hasSize(workbook.getSheet(table).getLastRowNum() + 1);
            }
        }
    }

    @Test
    void aBusinessUnitScopeShowsOnlyItsOutlets() throws IOException {
        String week = period("outlet-profitability");
        Run whole = dw("report", "outlet-profitability", "--period", week, "--warehouse",
                demo.resolve("warehouse.duckdb").toString(), "--out", temp.resolve("whole").toString());
        List<String> outlets = outletCodes(pdfText(Path.of(whole.out().strip())));
        String unit = outlets.get(0).split("-")[1];

        Run scoped = dw("report", "outlet-profitability", "--period", week, "--scope", "business-unit:" + unit,
                "--warehouse", demo.resolve("warehouse.duckdb").toString(), "--out", temp.resolve("unit").toString());

        assertThat(scoped.exitCode()).as(scoped.err()).isZero();
        String text = pdfText(Path.of(scoped.out().strip()));
        assertThat(text).contains("business unit " + unit);
        assertThat(outletCodes(text)).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(outlets.stream().filter(o -> o.split("-")[1].equals(unit)).toList());
        assertThat(Path.of(scoped.out().strip()).getFileName().toString())
                .isEqualTo("outlet-profitability_" + week + "_" + unit + "_en.pdf");
    }

    @Test
    void theDemoEndsWithTheNextFiringOfEachScheduleAndStatusShowsItsRuns() {
        String fortnight = period("claim-totals");
        String nextFortnight = PeriodKind.FORTNIGHT.parse(fortnight, EPOCH).next().key();

        Run status = dw("status", "--warehouse", demo.resolve("warehouse.duckdb").toString(), "--runs", "20");

        assertThat(demoRun.out()).contains("next:").containsPattern("nightly load\\s+\\d{4}-\\d{2}-\\d{2} 02:00")
                .containsPattern("claim-totals\\s+" + nextFortnight + "\\s+\\d{4}-\\d{2}-\\d{2} 06:00");
        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out()).contains("data: last load began")
                .containsPattern("claim-totals\\s+" + fortnight + "\\s+demo\\s+succeeded")
                .containsPattern("attendance-summary\\s+" + period("attendance-summary") + "\\s+demo\\s+succeeded");
    }

    @Test
    void aBackfillProducesEachPastPeriodOnce() {
        String earlier = PeriodKind.FORTNIGHT.parse(period("claim-totals"), EPOCH).previous().key();
        String warehouse = demo.resolve("warehouse.duckdb").toString();

        String archive = demo.resolve("reports").toString();
        Run first = dw("backfill", "claim-totals", "--from", earlier, "--to", earlier, "--warehouse", warehouse,
                "--out", archive);
        Run second = dw("backfill", "claim-totals", "--from", earlier, "--to", earlier, "--warehouse", warehouse,
                "--out", archive);

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).isEqualTo("claim-totals " + earlier + ": 6 files\n");
        assertThat(demo.resolve("reports/claim-totals").resolve(earlier)
                .resolve("claim-totals_" + earlier + "_zh.pdf")).isRegularFile();
        assertThat(second.out()).isEqualTo("claim-totals " + earlier + ": produced already (--again to redo)\n");
        assertThat(dw("status", "--warehouse", warehouse).out())
                .containsPattern("claim-totals\\s+" + earlier + "\\s+backfill\\s+succeeded");
    }

    @Test
    void aScheduleIsPausedAndResumedFromAnotherShellAndOnlyAFailedRunIsRestarted() {
        String warehouse = demo.resolve("warehouse.duckdb").toString();

        Run pause = dw("schedule", "pause", "claim-totals", "--warehouse", warehouse);
        Run paused = dw("status", "--warehouse", warehouse);
        Run unknown = dw("schedule", "pause", "claim-total", "--warehouse", warehouse);
        Run restart = dw("schedule", "restart", "1", "--warehouse", warehouse);
        Run resume = dw("schedule", "resume", "--warehouse", warehouse);

        assertThat(pause.exitCode()).as(pause.err()).isZero();
        assertThat(pause.out()).isEqualTo("paused: claim-totals\n");
        assertThat(paused.out()).contains("paused: claim-totals\n");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("dw: unknown report 'claim-total': the reports are claim-totals,");
        // run 1 is the demo's first report, which succeeded
        assertThat(restart.exitCode()).isEqualTo(2);
        assertThat(restart.err()).isEqualTo("dw: run 1 succeeded; only a failed or late run is restarted\n");
        assertThat(resume.out()).isEqualTo("resumed: all\n");
        assertThat(dw("status", "--warehouse", warehouse).out()).contains("paused: none\n");
    }

    @Test
    void anUnknownScopeCodeIsOneSentenceAndExitTwo() {
        Run run = dw("report", "claim-totals", "--period", period("claim-totals"), "--scope", "outlet:NOPE-1",
                "--warehouse", demo.resolve("warehouse.duckdb").toString(), "--out", temp.resolve("none").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("dw: no outlet has the code 'NOPE-1'\n");
    }

    /** The outlet codes (city-unit-number) a report's text shows, in order, once each. */
    private static List<String> outletCodes(String text) {
        Matcher codes = Pattern.compile("\\b[A-Z]{2}-[A-Z]{2}-\\d{3}\\b").matcher(text);
        List<String> found = new ArrayList<>();
        while (codes.find()) {
            if (!found.contains(codes.group())) {
                found.add(codes.group());
            }
        }
        return found;
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
