package com.homeservices.dw.reports;

import static com.homeservices.dw.reports.ReportFiles.assertRow;
import static com.homeservices.dw.reports.ReportFiles.pdfText;
import static org.assertj.core.api.Assertions.assertThat;

import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.period.Period;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Product Mix from a hand-made mart, January 2024: all active customers bought cleaning (30 orders, 3,000.00) and
 * maternity care (20 orders, 7,000.00); the premium customers only maternity care (5 orders, 5,000.00). Shares by
 * hand: all 60 % / 40 % of orders, 30 % / 70 % of the amount; premium 100 %.
 */
class ProductMixReportIntegrationTest {

    @TempDir
    static Path temp;
    private static Warehouse warehouse;

    @BeforeAll
    static void handMadeMart() {
        warehouse = HandMadeMarts.warehouse();
        warehouse.execute("""
                insert into mart_product_mix_month values
                  (date '2024-01-01', 'all', 'cleaning', 30, 3000.00, 0.600000000000, 0.300000000000),
                  (date '2024-01-01', 'all', 'maternity', 20, 7000.00, 0.400000000000, 0.700000000000),
                  (date '2024-01-01', 'premium', 'maternity', 5, 5000.00, 1.000000000000, 1.000000000000)""");
        HandMadeMarts.computed(warehouse, "mart_product_mix_month", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31));
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    private static Path render(Language language, ReportFormat format) {
        return new ReportRenderer(warehouse).render(new ReportRenderer.Request("product-mix", Period.month(2024, 1),
                language, Scope.COMPANY, format, temp.resolve("out"))).get(0);
    }

    @Test
    void allCustomersAndPremiumCustomersSideBySideWithTotalsAndAChart() throws IOException {
        Path pdf = render(Language.EN, ReportFormat.PDF);
        String text = pdfText(pdf);

        assertThat(text).contains("Product Mix", "All active customers (公司客户使用服务产品比例表)",
                "Premium customers (公司优秀客户服务产品比例表)");
        // category, all: orders, amount, orders %, amount %; premium: the same
        assertRow(text, "Maternity nanny", "20", "7,000.00", "40.0", "70.0", "5", "5,000.00", "100.0", "100.0");
        assertRow(text, "Household cleaning", "30", "3,000.00", "60.0", "30.0", "0", "0.00");
        assertRow(text, "Total", "50", "10,000.00", "100.0", "100.0", "5", "5,000.00", "100.0", "100.0");
        assertThat(text.indexOf("Maternity nanny")).isLessThan(text.indexOf("Household cleaning"));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            long images = 0;
            for (var name : document.getPage(0).getResources().getXObjectNames()) {
                if (document.getPage(0).getResources().getXObject(name) instanceof PDImageXObject) {
                    images++;
                }
            }
            assertThat(images).as("the chart").isEqualTo(1);
        }
    }

    @Test
    void chineseNamesBothMandatedTables() throws IOException {
        Path pdf = render(Language.ZH, ReportFormat.PDF);
        String text = pdfText(pdf);
        ReportFiles.assertNotoSansEmbedded(pdf);

        assertThat(text).contains("公司客户使用服务产品比例表（全部活跃客户）", "公司优秀客户服务产品比例表（优质客户）");
        assertRow(text, "月嫂", "20", "7,000.00", "40.0", "70.0", "5", "5,000.00", "100.0", "100.0");
    }

    @Test
    void csvAndXlsxCarryBothPopulationsPerCategory() throws IOException {
        assertThat(Files.readAllLines(render(Language.EN, ReportFormat.CSV), StandardCharsets.UTF_8)).containsExactly(
                "month_start_on,product_category,all_orders,all_amount_cny,all_order_pct,all_amount_pct,"
                        + "premium_orders,premium_amount_cny,premium_order_pct,premium_amount_pct",
                "2024-01-01,maternity,20,7000.00,40.0,70.0,5,5000.00,100.0,100.0",
                "2024-01-01,cleaning,30,3000.00,60.0,30.0,0,0.00,,");
        assertThat(ReportFiles.sheet(render(Language.EN, ReportFormat.XLSX), "categories")).element(2)
                .isEqualTo("2024-01-01|cleaning|n:30|n:3000.00|n:60.0|n:30.0|n:0|n:0.00||");
    }

    @Test
    void anEmailLeadsWithTheHeadline() {
        assertThat(new ReportRenderer(warehouse).headline(new ReportRenderer.Request("product-mix",
                Period.month(2024, 1), Language.EN, Scope.COMPANY, ReportFormat.PDF, temp)))
                .isEqualTo("50 completed orders, 10,000.00 CNY, over the 12 months.");
    }

}
