package com.homeservices.dw.reports;

import static com.homeservices.dw.reports.ReportFiles.assertRow;
import static com.homeservices.dw.reports.ReportFiles.pdfText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.period.Period;
import com.homeservices.dw.warehouse.period.PeriodKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outlet Profitability from hand-made mart rows: January 2024 (O1 a profit, O2 and O3 a loss) and the week of
 * 2024-01-08 (O2 a loss for the second week running: to review). Prorated amounts keep six decimals in the marts;
 * every rounding below is half up, worked out by hand:
 *
 * <pre>
 * January    revenue  labour  claims  expenses  payroll  head office    profit          margin
 * O1 (B1)   10000.00 4000.00  300.00  2000.00  1500.00  1234.565000    965.435000      9.65435 %   -> 1234.57, 965.44, 9.7
 * O2 (B1)    5000.00 3000.00 1200.00  1500.00     0.00   617.282500  -1317.282500    -26.34565 %   -> 617.28, -1317.28, -26.3
 * O3 (B2)       0.00    0.00    0.00   800.00     0.00     0.000000   -800.000000     none
 * total     15000.00 7000.00 1500.00  4300.00  1500.00  1851.847500  -1151.847500     -7.67898 %  -> 1851.85, -1151.85, -7.7
 * </pre>
 *
 * The company total of profit is the exact sum rounded (-1151.85), not the sum of the rounded rows (-1151.84).
 */
class OutletProfitabilityReportIntegrationTest {

    private static final LocalDate JANUARY = LocalDate.of(2024, 1, 1);
    private static final LocalDate WEEK = LocalDate.of(2024, 1, 8);

    @TempDir
    static Path temp;
    private static Warehouse warehouse;

    @BeforeAll
    static void handMadeMarts() {
        warehouse = HandMadeMarts.warehouse();
        warehouse.execute("""
                insert into mart_outlet_profit_month values
                  (date '2024-01-01', 'B1', 'Household Services', '家庭服务中心', 'O1', '上海徐汇家庭网点1', 10000.00,
                   4000.00, 300.00, 2000.00, 1500.00, 1234.565000, 965.435000, 0.096543500000, false, 600.123456,
                   322.580645),
                  (date '2024-01-01', 'B1', 'Household Services', '家庭服务中心', 'O2', '上海浦东家庭网点2', 5000.00,
                   3000.00, 1200.00, 1500.00, 0.00, 617.282500, -1317.282500, -0.263456500000, true, null, 161.290323),
                  (date '2024-01-01', 'B2', 'Facility Services', '后勤服务中心', 'O3', '北京朝阳后勤网点1', 0.00,
                   0.00, 0.00, 800.00, 0.00, 0.000000, -800.000000, null, true, 25.806452, 0.000000)""");
        warehouse.execute("""
                insert into mart_outlet_profit_week values
                  (date '2024-01-08', 'B1', 'Household Services', '家庭服务中心', 'O1', '上海徐汇家庭网点1', 2000.00,
                   800.00, 0.00, 451.612903, 338.709677, 278.774194, 130.903226, 0.065451613000, false, false),
                  (date '2024-01-08', 'B1', 'Household Services', '家庭服务中心', 'O2', '上海浦东家庭网点2', 1000.00,
                   700.00, 500.00, 338.709677, 0.000000, 139.387097, -678.096774, -0.678096774000, true, true)""");
        HandMadeMarts.computed(warehouse, "mart_outlet_profit_month", JANUARY, LocalDate.of(2024, 1, 31));
        // as a refresh of January notes them: the month, and every week holding a day of it
        HandMadeMarts.computed(warehouse, "mart_outlet_profit_week", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 4));
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    private static List<Path> render(Period period, Language language, Scope scope, ReportFormat format) {
        return new ReportRenderer(warehouse).render(new ReportRenderer.Request("outlet-profitability", period,
                language, scope, format, temp.resolve("out")));
    }

    private static Period month() {
        return Period.month(2024, 1);
    }

    private static Period week() {
        return new Period(PeriodKind.WEEK, WEEK);
    }

    @Test
    void aMonthListsOutletsByProfitWithExactTotalsAndTheDailyTarget() throws IOException {
        String text = pdfText(render(month(), Language.EN, Scope.COMPANY, ReportFormat.PDF).get(0));

        assertThat(text).contains("Outlet Profitability", "Month 2024-01", "whole company");
        // outlet, unit, revenue, labour, claims, expenses, payroll, head office, profit, margin, target, actual, flags
        assertRow(text, "O1 上海徐汇家庭网点1", "B1", "10,000.00", "4,000.00", "300.00", "2,000.00", "1,500.00",
                "1,234.57", "965.44", "9.7", "600.12", "322.58");
        assertRow(text, "O3 北京朝阳后勤网点1", "B2", "0.00", "0.00", "0.00", "800.00", "0.00", "0.00", "-800.00",
                "25.81", "0.00", "loss");
        assertRow(text, "O2 上海浦东家庭网点2", "B1", "5,000.00", "3,000.00", "1,200.00", "1,500.00", "0.00", "617.28",
                "-1,317.28", "-26.3", "161.29", "loss");
        assertThat(text.indexOf("O1 上海")).isLessThan(text.indexOf("O3 北京")).isLessThan(text.indexOf("O2 上海"));
        assertRow(text, "Total", "15,000.00", "7,000.00", "1,500.00", "4,300.00", "1,500.00", "1,851.85", "-1,151.85",
                "-7.7");
        // by business unit: exact sums, then rounded; B1's profit 965.435 - 1317.2825 = -351.8475
        assertRow(text, "B1 Household Services", "2", "1", "0", "15,000.00", "7,000.00", "1,500.00", "3,500.00",
                "1,500.00", "1,851.85", "-351.85", "-2.3");
        assertRow(text, "B2 Facility Services", "1", "1", "0", "0.00", "0.00", "0.00", "800.00", "0.00", "0.00",
                "-800.00");
    }

    @Test
    void aWeekHighlightsTheOutletToReviewAndHasNoDailyTarget() throws IOException {
        String text = pdfText(render(week(), Language.EN, Scope.COMPANY, ReportFormat.PDF).get(0));

        assertThat(text).contains("Week 2024-W02 (2024-01-08 – 2024-01-14)");
        assertRow(text, "O1 上海徐汇家庭网点1", "B1", "2,000.00", "800.00", "0.00", "451.61", "338.71", "278.77",
                "130.90", "6.5");
        assertRow(text, "O2 上海浦东家庭网点2", "B1", "1,000.00", "700.00", "500.00", "338.71", "0.00", "139.39",
                "-678.10", "-67.8", "loss · review");
        // 790.322580, 338.709677, 418.161291, -547.193548 exactly
        assertRow(text, "Total", "3,000.00", "1,500.00", "500.00", "790.32", "338.71", "418.16", "-547.19", "-18.2");
    }

    @Test
    void chineseUsesTheSameRows() throws IOException {
        Path pdf = render(month(), Language.ZH, Scope.COMPANY, ReportFormat.PDF).get(0);
        String text = pdfText(pdf);

        assertThat(text).contains("网点盈利分析表", "月份 2024-01", "全公司", "按事业部汇总");
        assertRow(text, "O2 上海浦东家庭网点2", "B1", "5,000.00", "3,000.00", "1,200.00", "1,500.00", "0.00", "617.28",
                "-1,317.28", "-26.3", "161.29", "亏损");
        assertRow(text, "合计", "15,000.00", "7,000.00", "1,500.00", "4,300.00", "1,500.00", "1,851.85", "-1,151.85");
        ReportFiles.assertNotoSansEmbedded(pdf);
    }

    @Test
    void aBusinessUnitSeesItsOutletsOnly() throws IOException {
        String text = pdfText(render(month(), Language.EN, Scope.parse("business-unit:B2"), ReportFormat.PDF).get(0));

        assertThat(text).contains("business unit B2", "O3 北京朝阳后勤网点1").doesNotContain("O1 ", "O2 ", "B1 ");
        assertRow(text, "Total", "0.00", "0.00", "0.00", "800.00", "0.00", "0.00", "-800.00");
    }

    @Test
    void xlsxAndCsvHoldTheSameRowsAsNumbers() throws IOException {
        Path xlsx = render(month(), Language.EN, Scope.COMPANY, ReportFormat.XLSX).get(0);
        List<Path> csv = render(month(), Language.EN, Scope.COMPANY, ReportFormat.CSV);

        String header = "period_start_on|business_unit_code|outlet_code|outlet_name|revenue_cny|direct_labour_cny|"
                + "claim_cost_cny|outlet_expenses_cny|admin_payroll_cny|head_office_allocation_cny|profit_cny|"
                + "margin_pct|loss|review|daily_revenue_target_cny|actual_daily_revenue_cny";
        assertThat(ReportFiles.sheetNames(xlsx)).containsExactly("outlets", "business_units");
        assertThat(ReportFiles.sheet(xlsx, "outlets")).containsExactly(header,
                "2024-01-01|B1|O1|上海徐汇家庭网点1|n:10000.00|n:4000.00|n:300.00|n:2000.00|n:1500.00|n:1234.57|"
                        + "n:965.44|n:9.7|false|false|n:600.12|n:322.58",
                "2024-01-01|B2|O3|北京朝阳后勤网点1|n:0.00|n:0.00|n:0.00|n:800.00|n:0.00|n:0.00|n:-800.00||true|false|"
                        + "n:25.81|n:0.00",
                "2024-01-01|B1|O2|上海浦东家庭网点2|n:5000.00|n:3000.00|n:1200.00|n:1500.00|n:0.00|n:617.28|"
                        + "n:-1317.28|n:-26.3|true|false||n:161.29");
        assertThat(Files.readAllLines(csv.get(0), StandardCharsets.UTF_8)).containsExactly(header.replace('|', ','),
                "2024-01-01,B1,O1,上海徐汇家庭网点1,10000.00,4000.00,300.00,2000.00,1500.00,1234.57,965.44,9.7,false,"
                        + "false,600.12,322.58",
                "2024-01-01,B2,O3,北京朝阳后勤网点1,0.00,0.00,0.00,800.00,0.00,0.00,-800.00,,true,false,25.81,0.00",
                "2024-01-01,B1,O2,上海浦东家庭网点2,5000.00,3000.00,1200.00,1500.00,0.00,617.28,-1317.28,-26.3,true,"
                        + "false,,161.29");
        assertThat(Files.readAllLines(csv.get(1), StandardCharsets.UTF_8)).containsExactly(
                "period_start_on,business_unit_code,business_unit_name_en,business_unit_name_zh,outlets,"
                        + "outlets_with_loss,outlets_to_review,revenue_cny,direct_labour_cny,claim_cost_cny,"
                        + "outlet_expenses_cny,admin_payroll_cny,head_office_allocation_cny,profit_cny,margin_pct",
                "2024-01-01,B1,Household Services,家庭服务中心,2,1,0,15000.00,7000.00,1500.00,3500.00,1500.00,"
                        + "1851.85,-351.85,-2.3",
                "2024-01-01,B2,Facility Services,后勤服务中心,1,1,0,0.00,0.00,0.00,800.00,0.00,0.00,-800.00,");
    }

    @Test
    void aMonthIsWrittenAsYearAndMonthAndAFullDateIsAWeek() {
        var report = ReportCatalogue.load().named("outlet-profitability");

        assertThat(ReportRenderer.period(report, "2025-12", JANUARY)).isEqualTo(Period.month(2025, 12));
        assertThat(ReportRenderer.period(report, "2025-12-08", JANUARY))
                .isEqualTo(new Period(PeriodKind.WEEK, LocalDate.of(2025, 12, 8)));
        assertThatThrownBy(() -> render(Period.month(2024, 2), Language.EN, Scope.COMPANY, ReportFormat.PDF))
                .hasMessageStartingWith("outlet-profitability for the month 2024-02 has not been computed");
    }

    @Test
    void anEmailLeadsWithTheHeadline() {
        assertThat(new ReportRenderer(warehouse).headline(new ReportRenderer.Request("outlet-profitability", month(),
                Language.EN, Scope.COMPANY, ReportFormat.PDF, temp)))
                .isEqualTo("Revenue 15,000.00 CNY, profit -1,151.85 CNY; 2 outlets with a loss.");
    }

}
