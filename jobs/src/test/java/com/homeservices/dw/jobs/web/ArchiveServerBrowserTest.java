package com.homeservices.dw.jobs.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.homeservices.dw.jobs.config.DwConfig;
import com.homeservices.dw.reports.Language;
import com.homeservices.dw.reports.ReportFormat;
import com.homeservices.dw.reports.ReportRenderer;
import com.homeservices.dw.reports.Scope;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.marts.ClaimTotalsRefresh;
import com.homeservices.dw.warehouse.period.Period;
import com.homeservices.dw.warehouse.period.PeriodKind;
import com.homeservices.dw.warehouse.policy.CompanyPolicy;
import com.homeservices.dw.warehouse.testing.HandMadeWarehouse;
import com.homeservices.dw.warehouse.testing.SparkForTests;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web archive in a real headless Chromium (Debian's, driven by Selenium), over the hand-made company's Claim
 * Totals for the fortnight 2024-01-01: finance sees the company in Chinese; B2's manager sees B2's one outlet, O3,
 * in English, and nothing of B1's even by typing its addresses. The figures drilled into were worked out by hand
 * (ClaimTotalsIntegrationTest): O3's settled net cost is claim C7 alone, 200.00 - 20.00 - 30.00 = 150.00.
 * Screenshots of the pages go to target/screenshots (the README's are copied from there).
 */
class ArchiveServerBrowserTest {

    private static final Period FORTNIGHT = new Period(PeriodKind.FORTNIGHT, LocalDate.of(2024, 1, 1));
    private static final String PASSWORD = "a long reader password";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path temp;

    private static Path archive;
    private static Path downloads;
    private static ArchiveServer server;
    private static DwConfig config;
    private static ChromeDriver browser;
    private static String base;

    @BeforeAll
    static void serveTheHandMadeArchive() throws IOException {
        Path warehouseFile = temp.resolve("warehouse.duckdb");
        archive = temp.resolve("reports");
        String hash = Readers.hash(PASSWORD);
        config = DwConfig.defaults().withWarehouse(warehouseFile)
                .withReports(new DwConfig.Reports(archive, null, null, null, null))
                .withMail(DwConfig.defaults().mail(), List.of(
                        new DwConfig.Recipient("finance", "财务经理", "finance@example.com", "zh", "company",
                                List.of("claim-totals"), List.of("pdf", "xlsx"), hash),
                        new DwConfig.Recipient("b2", "B2 manager", "b2@example.com", "en", "business-unit:B2",
                                List.of("claim-totals"), List.of("pdf"), hash),
                        new DwConfig.Recipient("no-web", null, "nw@example.com", "en", null,
                                List.of("claim-totals"), null, null)))
                .withServe(new DwConfig.Serve(null, 0, null, null));
        try (Warehouse warehouse = Warehouse.open(warehouseFile, CompanyPolicy.defaults())) {
            HandMadeWarehouse.fill(warehouse);
            new ClaimTotalsRefresh(warehouse, SparkForTests.session(), temp.resolve("work"))
                    .refresh(LocalDate.of(2023, 12, 18), LocalDate.of(2024, 1, 14));
            ReportRenderer renderer = new ReportRenderer(warehouse);
            Path company = archive.resolve("claim-totals").resolve(FORTNIGHT.key());
            render(renderer, Scope.COMPANY, company, Language.EN, ReportFormat.PDF, ReportFormat.CSV,
                    ReportFormat.XLSX);
            render(renderer, Scope.COMPANY, company, Language.ZH, ReportFormat.PDF);
            render(renderer, Scope.parse("business-unit:B2"), company.resolve("b2"), Language.EN, ReportFormat.PDF,
                    ReportFormat.CSV);
        }
        server = ArchiveServer.start(config, line -> { });
        base = "http://127.0.0.1:" + server.port();
        downloads = Files.createDirectories(temp.resolve("downloads"));
        browser = chromium(downloads);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void signedOut() {
        browser.manage().deleteAllCookies();
    }

    @Test
    void everyPageButSignInSendsAStrangerToSignInAndAWrongPasswordIsRefused() throws IOException {
        browser.get(base + "/reports/claim-totals/2024-01-01/files/claim-totals_2024-01-01_outlets.csv");
        assertThat(browser.getCurrentUrl()).isEqualTo(base + "/sign-in");

        signIn("b2", "not the password");
        assertThat(browser.getCurrentUrl()).isEqualTo(base + "/sign-in");
        assertThat(text("sign-in-error")).isEqualTo("The reader or the password is wrong.");
        screenshot("sign-in");

        signIn("no-web", PASSWORD);
        assertThat(text("sign-in-error")).isEqualTo("The reader or the password is wrong.");
    }

    @Test
    void aBusinessUnitManagerSeesOnlyTheirOutletsAndCannotTypeTheirWayOut() throws IOException {
        signIn("b2", PASSWORD);

        assertThat(browser.getCurrentUrl()).isEqualTo(base + "/");
        assertThat(browser.findElements(By.cssSelector("a.period")).stream().map(WebElement::getText))
                .containsExactly("2024-01-01");
        follow(browser.findElement(By.linkText("2024-01-01")));
        assertThat(column("table-outlets", "outlet_code")).containsExactly("O3");
        assertThat(browser.findElements(By.cssSelector("a.download")).stream().map(WebElement::getText))
                .containsExactly("claim-totals_2024-01-01_B2_en.pdf", "claim-totals_2024-01-01_B2_exceptions.csv",
                        "claim-totals_2024-01-01_B2_outlets.csv", "claim-totals_2024-01-01_B2_reconciliation.csv");
        screenshot("report");
        // the reconciliation line is the whole company's: shown, but its claims are not B2's to list
        assertThat(browser.findElements(By.cssSelector("#table-reconciliation a"))).isEmpty();

        for (String typed : List.of(
                "/reports/claim-totals/2024-01-01/explain?row=company&figure=source_settled_claims",
                "/reports/claim-totals/2024-01-01/explain?row=outlet:O1&figure=settled_net_cost_cny",
                "/reports/claim-totals/2024-01-01/explain?row=business-unit:B1&figure=settled_net_cost_cny",
                "/reports/claim-totals/2024-01-01/explain?row=outlet:O3&figure=outlet_name",
                "/reports/claim-totals/2024-01-01/files/claim-totals_2024-01-01_outlets.csv",
                "/reports/claim-totals/2024-01-01/files/..%2Fclaim-totals_2024-01-01_outlets.csv",
                "/reports/claim-totals/2024-01-15",
                "/reports/claim-totals/2024-01-01x",
                "/reports/outlet-profitability/2024-01-01",
                "/reports/no-such-report/2024-01-01")) {
            browser.get(base + typed);
            assertThat(text("error")).as(typed).isEqualTo("There is no such page, or it is not yours to see.");
        }
    }

    @Test
    void aDrillDownListsTheClaimsBehindTheFigureAndTheyAddUpToIt() throws IOException {
        signIn("b2", PASSWORD);
        browser.get(base + "/reports/claim-totals/2024-01-01");

        WebElement netCost = cell("table-outlets", "O3", "settled_net_cost_cny").findElement(By.tagName("a"));
        assertThat(netCost.getText()).isEqualTo("150.00");
        follow(netCost);

        assertThat(column("explanation", "claim_no")).containsExactly("C7");
        assertThat(column("explanation", "settled_net_cost_cny")).containsExactly("150.00");
        assertThat(text("sum")).isEqualTo("Rows: 1. The rows add up to 150.00; the report shows 150.00. They agree.");
        screenshot("explain");

        follow(browser.findElement(By.id("back")));
        follow(cell("table-outlets", "O3", "claims_reported").findElement(By.tagName("a")));
        // reported in the fortnight at O3: C7 (2024-01-05); C6 was reported in December
        assertThat(column("explanation", "claim_no")).containsExactly("C7");
    }

    @Test
    void aPageShowsTheFirstRowsOfALongTableAndSaysHowManyThereAre() throws IOException {
        // serve.rowsShown 1: the outlets table (O1, O2, O3) and O1's claims reported in the fortnight (C1 on
        // 2024-01-01 09:00, C2 on 01-14 22:00) each show their first row, the count and sum are of them all
        DwConfig.Serve serve = config.serve();
        DwConfig oneRow = config.withServe(new DwConfig.Serve(serve.bind(), 0, serve.signedInFor(), 1))
                .withMail(config.mail(), List.of(new DwConfig.Recipient("gm", "General manager", "gm@example.com",
                        "en", "company", List.of("claim-totals"), List.of("pdf"), Readers.hash(PASSWORD))));
        try (ArchiveServer cut = ArchiveServer.start(oneRow, line -> { })) {
            String cutBase = "http://127.0.0.1:" + cut.port();
            signIn(cutBase, "gm", PASSWORD);
            browser.get(cutBase + "/reports/claim-totals/2024-01-01");

            assertThat(column("table-outlets", "outlet_code")).containsExactly("O1");
            assertThat(text("cut-outlets")).isEqualTo("The first 1 of 3 rows; every row is in the CSV file above.");
            follow(cell("table-outlets", "O1", "claims_reported").findElement(By.tagName("a")));

            assertThat(column("explanation", "claim_no")).containsExactly("C1");
            assertThat(text("cut")).isEqualTo("The first 1 of 2 rows; ./dw explain lists every row (--format csv"
                    + " for a file).");
            assertThat(text("sum")).isEqualTo("Rows: 2. The rows add up to 2; the report shows 2. They agree.");
            screenshot("explain-cut");
        }
    }

    @Test
    void financeSeesTheCompanyInChineseAndADownloadIsTheArchivedFile() throws IOException {
        signIn("finance", PASSWORD);
        follow(browser.findElement(By.linkText("2024-01-01")));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("事故或服务质量理赔总额表");
        assertThat(column("table-outlets", "outlet_code")).containsExactly("O1", "O2", "O3");
        List<String> files = browser.findElements(By.cssSelector("a.download")).stream().map(WebElement::getText)
                .toList();
        assertThat(files).contains("claim-totals_2024-01-01_zh.pdf", "claim-totals_2024-01-01.xlsx")
                .doesNotContain("claim-totals_2024-01-01_en.pdf");
        screenshot("report-zh");

        browser.findElement(By.linkText("claim-totals_2024-01-01_outlets.csv")).click();
        Path downloaded = downloads.resolve("claim-totals_2024-01-01_outlets.csv");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> Files.exists(downloaded));
        assertThat(Files.readAllBytes(downloaded)).isEqualTo(Files.readAllBytes(
                archive.resolve("claim-totals/2024-01-01/claim-totals_2024-01-01_outlets.csv")));

        // finance reads the company: the reconciliation line's difference is each outlet's settled claims (C1 at O1,
        // C7 at O3) beside its row of the report, which cancel out
        browser.get(base + "/reports/claim-totals/2024-01-01");
        WebElement reconciliation = browser.findElement(By.id("table-reconciliation"));
        WebElement difference = reconciliation.findElements(By.cssSelector("tbody tr td"))
                .get(headings(reconciliation).indexOf("settled_claims_difference")).findElement(By.tagName("a"));
        assertThat(difference.getText()).isEqualTo("0");
        follow(difference);
        assertThat(column("explanation", "outlet_code")).containsExactly("O1", "O1", "O3", "O3");
        assertThat(column("explanation", "claim_no")).containsExactly("C1", "", "C7", "");
        assertThat(column("explanation", "settled_claims_difference")).containsExactly("1", "-1", "1", "-1");

        follow(browser.findElement(By.id("nav-runs")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("运行记录");
        // the hand-made warehouse's one load (HandMadeWarehouse), as ./dw status shows it
        assertThat(text("freshness")).isEqualTo("最近一次加载开始于 2024-04-01 08:00, 最新记录修改于 2024-01-20 10:00");
        screenshot("runs-zh");
        follow(browser.findElement(By.id("sign-out")));
        browser.get(base + "/");
        assertThat(browser.getCurrentUrl()).isEqualTo(base + "/sign-in");
    }

    @Test
    void pagesAreNotCachedFramedOrScriptedAndTheSessionCookieStaysHome() throws Exception {
        HttpResponse<String> signIn = http(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("id=b2&password=" + PASSWORD.replace(' ', '+'))));

        assertThat(signIn.statusCode()).isEqualTo(303);
        String cookie = signIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("dw_session=").contains("HttpOnly", "SameSite=Strict");
        HttpResponse<String> page = http(HttpRequest.newBuilder(URI.create(base + "/reports/claim-totals/2024-01-01"))
                .header("Cookie", cookie.substring(0, cookie.indexOf(';'))));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'none'", "frame-ancestors 'none'");
        // a reader's name is shown escaped, never as markup
        assertThat(page.body()).doesNotContain("<script");
        assertThat(http(HttpRequest.newBuilder(URI.create(base + "/sign-out"))
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(401);
    }

    @Test
    void whileTheSchedulerWritesTheWarehouseTheFilesStillDownloadAndTheFiguresWait() throws Exception {
        HttpResponse<String> signIn = http(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("id=b2&password=" + PASSWORD.replace(' ', '+'))));
        String cookie = signIn.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String report = base + "/reports/claim-totals/2024-01-01";

        // the scheduler is another process: DuckDB's lock on the file is per process
        try (WarehouseWriter writer = WarehouseWriter.holding(temp.resolve("warehouse.duckdb"))) {
            HttpResponse<String> page = http(HttpRequest.newBuilder(URI.create(report)).header("Cookie", cookie));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("The figures are back once the scheduler&#39;s current run ends")
                    .contains("claim-totals_2024-01-01_B2_outlets.csv").doesNotContain("table-outlets");
            HttpResponse<String> file = http(HttpRequest.newBuilder(URI.create(report
                    + "/files/claim-totals_2024-01-01_B2_outlets.csv")).header("Cookie", cookie));
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.body()).contains("O3").doesNotContain("O1");
            assertThat(http(HttpRequest.newBuilder(URI.create(report
                    + "/explain?row=outlet:O3&figure=settled_net_cost_cny")).header("Cookie", cookie)).statusCode())
                    .isEqualTo(503);
        }
        HttpResponse<String> after = http(HttpRequest.newBuilder(URI.create(report)).header("Cookie", cookie));
        assertThat(after.body()).contains("table-outlets").doesNotContain("current run ends");
    }

    // --- helpers

    private static HttpResponse<String> http(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void render(ReportRenderer renderer, Scope scope, Path folder, Language language,
                               ReportFormat... formats) {
        for (ReportFormat format : formats) {
            renderer.render(new ReportRenderer.Request("claim-totals", FORTNIGHT, language, scope, format, folder));
        }
    }

    private static ChromeDriver chromium(Path downloadTo) {
        File driver = new File("/usr/bin/chromedriver");
        assertThat(driver.canExecute()).as("Debian's chromium-driver (installed by .ci/services)").isTrue();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,900",
                "--lang=en");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloadTo.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriver chrome = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver)
                .build(), options);
        chrome.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return chrome;
    }

    private void signIn(String id, String password) {
        signIn(base, id, password);
    }

    private void signIn(String server, String id, String password) {
        browser.get(server + "/sign-in");
        browser.findElement(By.id("id")).sendKeys(id);
        browser.findElement(By.id("password")).sendKeys(password);
        // the answer comes after the password's bcrypt check
        follow(browser.findElement(By.id("sign-in")));
    }

    /** Clicks what leads to another page, and waits until this one has been replaced. */
    private static void follow(WebElement link) {
        link.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> isGone(link));
    }

    /**
     * Whether {@code element}'s page has been replaced. ChromeDriver says so with a stale-element error, or, when the
     * check races the navigation itself, with an inspector error that the node's document is gone (seen once in CI).
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException replaced) {
            return true;
        } catch (WebDriverException racing) {
            if (String.valueOf(racing.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw racing;
        }
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    /** The texts of {@code heading}'s column in the table {@code id}. */
    private List<String> column(String id, String heading) {
        WebElement table = browser.findElement(By.id(id));
        int index = headings(table).indexOf(heading);
        assertThat(index).as(heading + " in " + id).isNotNegative();
        List<String> values = new ArrayList<>();
        for (WebElement row : table.findElements(By.cssSelector("tbody tr"))) {
            values.add(row.findElements(By.tagName("td")).get(index).getText());
        }
        return values;
    }

    /** The cell of {@code heading} in the row of {@code outlet} in the table {@code id}. */
    private WebElement cell(String id, String outlet, String heading) {
        WebElement table = browser.findElement(By.id(id));
        List<String> headings = headings(table);
        for (WebElement row : table.findElements(By.cssSelector("tbody tr"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            if (cells.get(headings.indexOf("outlet_code")).getText().equals(outlet)) {
                return cells.get(headings.indexOf(heading));
            }
        }
        throw new AssertionError("no row of " + outlet + " in " + id);
    }

    private static List<String> headings(WebElement table) {
        return table.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText).toList();
    }

    private static void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
