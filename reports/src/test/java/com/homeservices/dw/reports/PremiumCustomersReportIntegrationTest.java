package com.homeservices.dw.reports;

import static com.homeservices.dw.reports.ReportFiles.assertRow;
import static com.homeservices.dw.reports.ReportFiles.pdfText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.period.Period;
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
 * The Premium Customer Summary (公司优秀客户汇总表) from hand-made segmentation marts, January 2024: five active
 * customers, C001 a key account on watch (so not premium), C002 to C004 premium (C003 and C004 tied on revenue), C005
 * regular; two lapsed. The top fifth is ceil(20 % × 5) = 1 customer, C001: 150,000.00 of 160,700.50 = 93.34 % → 93.3.
 * February was computed and had nobody active.
 */
class PremiumCustomersReportIntegrationTest {

    @TempDir
    static Path temp;
    private static Warehouse warehouse;

    @BeforeAll
    static void handMadeMarts() {
        warehouse = HandMadeMarts.warehouse();
        warehouse.execute("""
                insert into mart_customer_segment_month values
                  (date '2024-01-01', 1, 'C001', 'enterprise', 'key_account', date '2022-01-05', 150000.00, 24, 12,
                   date '2024-01-28', 3, 1, true, true, false, true, true, false, true, 5, 5, 5),
                  (date '2024-01-01', 2, 'C002', 'household', 'premium', date '2023-03-01', 9000.50, 10, 7,
                   date '2024-01-20', 11, 2, false, false, true, true, false, false, false, 4, 4, 4),
                  (date '2024-01-01', 4, 'C004', 'household', 'premium', date '2023-06-01', 800.00, 3, 3,
                   date '2023-10-01', 122, 4, false, false, true, false, false, true, false, 1, 2, 2),
                  (date '2024-01-01', 3, 'C003', 'household', 'premium', date '2023-05-01', 800.00, 4, 2,
                   date '2023-12-01', 61, 3, false, false, true, false, false, false, false, 2, 3, 3),
                  (date '2024-01-01', 5, 'C005', 'household', 'regular', date '2023-09-09', 100.00, 1, 1,
                   date '2023-12-20', 42, 5, false, false, false, false, false, false, false, 3, 1, 1)""");
        warehouse.execute("""
                insert into mart_customer_segment_summary_month values
                  (date '2024-01-01', 'key_account', 1, 150000.00), (date '2024-01-01', 'premium', 3, 10600.50),
                  (date '2024-01-01', 'regular', 1, 100.00), (date '2024-01-01', 'lapsed', 2, 0.00)""");
        warehouse.execute("""
                insert into mart_customer_pareto_month values
                  (date '2024-01-01', 5, 1, 160700.50, 150000.00, 0.933413399460)""");
        for (String mart : List.of("mart_customer_segment_month", "mart_customer_segment_summary_month",
                "mart_customer_pareto_month")) {
            HandMadeMarts.computed(warehouse, mart, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 29));
        }
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    private static List<Path> render(Period month, Language language, ReportFormat format, int pdfRows) {
        return new ReportRenderer(warehouse, pdfRows).render(new ReportRenderer.Request("premium-customers", month,
                language, Scope.COMPANY, format, temp.resolve("out")));
    }

    @Test
    void theParetoLineSegmentCountsAndTheCustomersByRevenue() throws IOException {
        String text = pdfText(render(Period.month(2024, 1), Language.EN, ReportFormat.PDF, 100).get(0));

        assertThat(text).contains("Premium Customer Summary", "Month 2024-01",
                "The top fifth of active customers by revenue, 1 of 5, hold 93.3% of revenue: 150,000.00 of 160,700.50"
                        + " CNY over the 12 months to the month's end.",
                "Key account: an enterprise with revenue of at least 100,000. Premium: in the top 20% by revenue");
        assertRow(text, "key account", "1", "150,000.00");
        assertRow(text, "premium", "3", "10,600.50");
        assertRow(text, "loyal", "0", "0.00");
        assertRow(text, "regular", "1", "100.00");
        assertRow(text, "lapsed", "2", "0.00");
        assertRow(text, "1", "C001", "enterprise", "key account", "150,000.00", "24", "12", "2022-01-05", "2024-01-28",
                "3", "5-5-5", "key account loyal long-term WATCH");
        assertRow(text, "2", "C002", "household", "premium", "9,000.50", "10", "7", "2023-03-01", "2024-01-20", "11",
                "4-4-4", "premium loyal");
        assertRow(text, "3", "C003", "household", "premium", "800.00");
        assertRow(text, "4", "C004", "household", "premium", "800.00", "3", "3", "2023-06-01", "2023-10-01", "122",
                "1-2-2", "premium at risk");
        assertThat(text).doesNotContain("C005", "The first");
    }

    @Test
    void aLongListShowsItsHeadInThePdfAndAllOfItInTheFiles() throws IOException {
        String text = pdfText(render(Period.month(2024, 1), Language.EN, ReportFormat.PDF, 2).get(0));
        Path xlsx = render(Period.month(2024, 1), Language.EN, ReportFormat.XLSX, 2).get(0);
        List<Path> csv = render(Period.month(2024, 1), Language.EN, ReportFormat.CSV, 2);

        assertThat(text).contains("The first 2 of 4 rows are shown; the XLSX and CSV hold all 4.", "C001", "C002")
                .doesNotContain("C003", "C004");
        assertThat(ReportFiles.sheetNames(xlsx)).containsExactly("customers", "segments", "pareto");
        assertThat(ReportFiles.sheet(xlsx, "customers")).hasSize(5).element(3).isEqualTo(
                "2024-01-01|C003|household|premium|n:800.00|n:4|n:2|2023-05-01|2023-12-01|n:61|n:2|n:3|n:3|n:3|false|"
                        + "true|false|false|false|false");
        assertThat(ReportFiles.sheet(xlsx, "pareto")).containsExactly(
                "month_start_on|active_customers|top_fifth_customers|revenue_cny|top_fifth_revenue_cny|"
                        + "top_fifth_revenue_pct",
                "2024-01-01|n:5|n:1|n:160700.50|n:150000.00|n:93.3");
        assertThat(Files.readAllLines(csv.get(1), StandardCharsets.UTF_8)).containsExactly(
                "month_start_on,segment,customers,revenue_cny", "2024-01-01,key_account,1,150000.00",
                "2024-01-01,premium,3,10600.50", "2024-01-01,loyal,0,0.00", "2024-01-01,long_term,0,0.00",
                "2024-01-01,at_risk,0,0.00", "2024-01-01,regular,1,100.00", "2024-01-01,lapsed,2,0.00");
        assertThat(Files.readAllLines(csv.get(0), StandardCharsets.UTF_8)).hasSize(5);
    }

    @Test
    void chineseHasTheMandatedTitle() throws IOException {
        Path pdf = render(Period.month(2024, 1), Language.ZH, ReportFormat.PDF, 100).get(0);
        String text = pdfText(pdf);

        assertThat(text).contains("公司优秀客户汇总表", "月份 2024-01", "（5 位中的 1 位）贡献了 93.3% 的收入");
        assertRow(text, "大客户", "1", "150,000.00");
        assertRow(text, "已流失", "2", "0.00");
        ReportFiles.assertNotoSansEmbedded(pdf);
    }

    @Test
    void aQuietMonthSaysSoInSentences() throws IOException {
        String text = pdfText(render(Period.month(2024, 2), Language.EN, ReportFormat.PDF, 100).get(0));

        assertThat(text).contains("No customer completed an order in the 12 months to the month's end.",
                "No key account and no premium customer this month.").doesNotContain("null", "Rank Customer Kind");
        assertRow(text, "lapsed", "0", "0.00");
    }

    @Test
    void itIsMadeForTheWholeCompanyOnly() {
        assertThatThrownBy(() -> new ReportRenderer(warehouse).render(new ReportRenderer.Request("premium-customers",
                Period.month(2024, 1), Language.EN, Scope.parse("outlet:O1"), ReportFormat.PDF, temp)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("premium-customers is made for the whole company: it has no outlet scope");
    }

    @Test
    void anEmailLeadsWithTheHeadline() {
        assertThat(new ReportRenderer(warehouse).headline(new ReportRenderer.Request("premium-customers",
                Period.month(2024, 1), Language.ZH, Scope.COMPANY, ReportFormat.PDF, temp)))
                .isEqualTo("活跃客户 5 位；前五分之一贡献 93.3% 的收入；大客户 1 位。");
    }

}
