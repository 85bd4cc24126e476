package com.homeservices.dw.reports;

import static com.homeservices.dw.reports.ReportFiles.assertRow;
import static com.homeservices.dw.reports.ReportFiles.pdfText;
import static org.assertj.core.api.Assertions.assertThat;

import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.period.Period;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Staff Attrition Analysis (月度员工流失分析) from a hand-made mart, January 2024. The company: 10 at the start, 9 at
 * the end, average 9.5; 2 leavers (1 voluntary, 1 involuntary, 1 of them early): 2 ÷ 9.5 = 21.05 % → 21.1, 1 ÷ 9.5 =
 * 10.53 % → 10.5; trailing: 5 leavers over a mean average headcount of 9.25 = 54.05 % → 54.1. Outlets by rate: O1
 * (2 ÷ 5.0 = 40.0 %), O2 (0.0 %), O3 (no headcount: no rate, last).
 */
class StaffAttritionReportIntegrationTest {

    @TempDir
    static Path temp;
    private static Warehouse warehouse;

    @BeforeAll
    static void handMadeMart() {
        warehouse = HandMadeMarts.warehouse();
        warehouse.execute("""
                insert into mart_staff_attrition_month values
                  (date '2024-01-01', 'company', 'all', 'all', 'all', 10, 9, 1, 2, 1, 1, 0, 1, 9.5,
                   0.210526315789, 0.105263157895, 0.105263157895, 0.000000000000, 0.105263157895, 5, 9.250000,
                   0.540540540541),
                  (date '2024-01-01', 'business_unit', 'B1', 'Household Services', '家庭服务中心', 8, 7, 1, 2, 1, 1,
                   0, 1, 7.5, 0.266666666667, 0.133333333333, 0.133333333333, 0.000000000000, 0.133333333333, 4,
                   7.250000, 0.551724137931),
                  (date '2024-01-01', 'business_unit', 'B2', 'Facility Services', '后勤服务中心', 2, 2, 0, 0, 0, 0,
                   0, 0, 2.0, 0.000000000000, 0.000000000000, 0.000000000000, 0.000000000000, 0.000000000000, 1,
                   2.000000, 0.500000000000),
                  (date '2024-01-01', 'outlet', 'O2', '上海浦东家庭网点2', '上海浦东家庭网点2', 3, 4, 1, 0, 0, 0, 0, 0,
                   3.5, 0.000000000000, 0.000000000000, 0.000000000000, 0.000000000000, 0.000000000000, 0, 3.000000,
                   0.000000000000),
                  (date '2024-01-01', 'outlet', 'O3', '北京朝阳后勤网点1', '北京朝阳后勤网点1', 0, 0, 0, 0, 0, 0, 0, 0,
                   0.0, null, null, null, null, null, 0, 0.000000, null),
                  (date '2024-01-01', 'outlet', 'O1', '上海徐汇家庭网点1', '上海徐汇家庭网点1', 5, 5, 0, 2, 1, 1, 0, 1,
                   5.0, 0.400000000000, 0.200000000000, 0.200000000000, 0.000000000000, 0.200000000000, 4, 4.250000,
                   0.941176470588),
                  (date '2024-01-01', 'position', 'service_worker', 'service_worker', 'service_worker', 9, 8, 1, 2, 1,
                   1, 0, 1, 8.5, 0.235294117647, 0.117647058824, 0.117647058824, 0.000000000000, 0.117647058824, 5,
                   8.250000, 0.606060606061),
                  (date '2024-01-01', 'tenure_band', '3_years_and_more', '3_years_and_more', '3_years_and_more', 4, 4,
                   0, 0, 0, 0, 0, 0, 4.0, 0.000000000000, 0.000000000000, 0.000000000000, 0.000000000000,
                   0.000000000000, 1, 4.000000, 0.250000000000),
                  (date '2024-01-01', 'tenure_band', 'under_3_months', 'under_3_months', 'under_3_months', 1, 1, 1, 1,
                   0, 1, 0, 1, 1.0, 1.000000000000, 0.000000000000, 1.000000000000, 0.000000000000, 1.000000000000,
                   1, 1.000000, 1.000000000000)""");
        HandMadeMarts.computed(warehouse, "mart_staff_attrition_month", LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 1, 31));
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    private static List<Path> render(Language language, ReportFormat format) {
        return new ReportRenderer(warehouse).render(new ReportRenderer.Request("staff-attrition", Period.month(2024, 1),
                language, Scope.COMPANY, format, temp.resolve("out")));
    }

    @Test
    void companyUnitsOutletsPositionsAndBandsWithRatesInPercent() throws IOException {
        String text = pdfText(render(Language.EN, ReportFormat.PDF).get(0));

        assertThat(text).contains("Staff Attrition Analysis", "Month 2024-01",
                "early: left less than 90 days after the hire");
        // start, end, hires, leavers, average, rate, vol., vol. %, invol., invol. %, other, other %, early, early %, 12-month %
        assertRow(text, "Company", "10", "9", "1", "2", "9.5", "21.1", "1", "10.5", "1", "10.5", "0", "0.0", "1", "10.5",
                "54.1");
        assertRow(text, "B1 Household Services", "8", "7", "1", "2", "7.5", "26.7", "1", "13.3", "1", "13.3", "0",
                "0.0", "1", "13.3", "55.2");
        assertRow(text, "B2 Facility Services", "2", "2", "0", "0", "2.0", "0.0");
        assertRow(text, "O1 上海徐汇家庭网点1", "5", "5", "0", "2", "5.0", "40.0");
        assertRow(text, "O3 北京朝阳后勤网点1", "0", "0", "0", "0", "0.0", "0", "0", "0", "0");
        assertThat(text.indexOf("O1 上海")).isLessThan(text.indexOf("O2 上海")).isLessThan(text.indexOf("O3 北京"));
        assertRow(text, "service worker", "9", "8", "1", "2", "8.5", "23.5");
        // bands shortest tenure first, whatever order the mart holds them in
        assertRow(text, "under 3 months", "1", "1", "1", "1", "1.0", "100.0");
        assertThat(text.indexOf("under 3 months")).isLessThan(text.indexOf("3 years and more"));
    }

    @Test
    void chineseHasTheMandatedTitleAndTranslatedCuts() throws IOException {
        Path pdf = render(Language.ZH, ReportFormat.PDF).get(0);
        String text = pdfText(pdf);
        ReportFiles.assertNotoSansEmbedded(pdf);

        assertThat(text).contains("月度员工流失分析", "流失率最高的网点");
        assertRow(text, "全公司", "10", "9", "1", "2", "9.5", "21.1");
        assertRow(text, "B1 家庭服务中心", "8", "7");
        assertRow(text, "3 个月以下", "1", "1", "1", "1", "1.0", "100.0");
    }

    @Test
    void theFilesHoldEveryCutInOrder() throws IOException {
        Path xlsx = render(Language.EN, ReportFormat.XLSX).get(0);

        // one sheet: the company, the units, the outlets by rate, the positions, the bands shortest first
        assertThat(ReportFiles.sheetNames(xlsx)).containsExactly("cuts");
        assertThat(ReportFiles.sheet(xlsx, "cuts")).element(1).isEqualTo("2024-01-01|company|all|n:10|n:9|n:1|n:2|"
                + "n:9.5|n:21.1|n:1|n:10.5|n:1|n:10.5|n:0|n:0.0|n:1|n:10.5|n:5|n:9.3|n:54.1");
        assertThat(ReportFiles.sheet(xlsx, "cuts")).extracting(line -> line.split("\\|")[2]).containsExactly(
                "cut_value", "all", "B1", "B2", "O1", "O2", "O3", "service_worker", "under_3_months", "3_years_and_more");
    }

    @Test
    void anEmailLeadsWithTheHeadline() {
        assertThat(new ReportRenderer(warehouse).headline(new ReportRenderer.Request("staff-attrition",
                Period.month(2024, 1), Language.EN, Scope.COMPANY, ReportFormat.PDF, temp)))
                .isEqualTo("2 leavers; attrition 21.1% this month, 54.1% over 12 months.");
    }

}
