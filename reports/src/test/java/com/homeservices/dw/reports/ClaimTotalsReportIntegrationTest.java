package com.homeservices.dw.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.marts.ClaimTotalsRefresh;
import com.homeservices.dw.warehouse.period.Fortnight;
import com.homeservices.dw.warehouse.policy.CompanyPolicy;
import com.homeservices.dw.warehouse.testing.HandMadeWarehouse;
import com.homeservices.dw.warehouse.testing.SparkForTests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Claim Totals report rendered from the hand-made warehouse, read back as text. Fortnight 2024-01-01 … 01-14:
 * O1 and O2 in B1, O3 in B2; the expected figures are those worked out in ClaimTotalsIntegrationTest.
 */
class ClaimTotalsReportIntegrationTest {

    private static final LocalDate FORTNIGHT = LocalDate.of(2024, 1, 1);

    @TempDir
    static Path temp;
    private static Warehouse warehouse;

    @BeforeAll
    static void computeTheMarts() {
        warehouse = Warehouse.inMemory(CompanyPolicy.defaults());
        HandMadeWarehouse.fill(warehouse);
        new ClaimTotalsRefresh(warehouse, SparkForTests.session(), temp.resolve("work"))
                .refresh(new Fortnight(LocalDate.of(2023, 12, 18)), new Fortnight(LocalDate.of(2024, 1, 15)));
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    private Path render(Language language, Scope scope, ReportFormat format) {
        return new ReportRenderer(warehouse).render(new ReportRenderer.Request(ReportName.CLAIM_TOTALS, FORTNIGHT,
                language, scope, format, temp.resolve("out")));
    }

    @Test
    void englishPdfShowsOutletRowsTotalsTiersExceptionsAndAZeroReconciliation() throws IOException {
        String text = pdfText(render(Language.EN, Scope.COMPANY, ReportFormat.PDF));

        assertThat(text).contains("Claim Totals", "Fortnight 2024-01-01 – 2024-01-14", "whole company",
                "Data as of 2024-01-20 10:00", "Page 1 of 1");
        // outlet: reported, settled, claimed, approved, staff, insurer, net, rejected, open, open loss, exceptions
        assertRow(text, "O1 上海徐汇家庭网点1", "2", "1", "400.00", "450.00", "50.00", "100.00", "300.00", "0", "2", "2,800.00", "0");
        assertRow(text, "O2 上海浦东家庭网点2", "2", "0", "0.00", "0.00", "0.00", "0.00", "0.00", "1", "1", "1,200.00", "0");
        assertRow(text, "O3 北京朝阳后勤网点1", "1", "1", "250.00", "200.00", "20.00", "30.00", "150.00", "0", "0", "0.00", "1");
        assertRow(text, "Total B1", "4", "1", "400.00", "450.00", "50.00", "100.00", "300.00", "1", "3", "4,000.00", "0");
        assertRow(text, "Total B2", "1", "1", "250.00", "200.00", "20.00", "30.00", "150.00", "0", "0", "0.00", "1");
        assertRow(text, "Company total", "5", "2", "650.00", "650.00", "70.00", "130.00", "450.00", "1", "3", "4,000.00", "1");
        assertThat(text).contains("outlet 1 / 450.00", "claims specialist 1 / 200.00", "vice president 0 / 0.00");
        assertThat(text).contains("settled claims read straight from the loaded claims 2, approved 650.00;"
                + " in this report 2, approved 650.00; difference 0 claims, 0.00");
        assertRow(text, "O3 北京朝阳后勤网点1", "C7", "500.00", "250.00", "200.00", "outlet", "claims specialist");
    }

    @Test
    void chinesePdfHasTheMandatedTitleAsRealEmbeddedGlyphs() throws IOException {
        Path pdf = render(Language.ZH, Scope.COMPANY, ReportFormat.PDF);
        String text = pdfText(pdf);

        assertThat(text).contains("事故或服务质量理赔总额表", "双周 2024-01-01 – 2024-01-14", "公司合计", "第 1 页，共 1 页");
        assertThat(text).contains("差异 0 件，0.00");
        assertRow(text, "公司合计", "5", "2", "650.00", "650.00", "70.00", "130.00", "450.00", "1", "3", "4,000.00", "1");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertThat(font.getName()).contains("NotoSansSC");
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }
    }

    @Test
    void aBusinessUnitScopeShowsThatUnitOnly() throws IOException {
        String text = pdfText(render(Language.EN, Scope.parse("business-unit:B2"), ReportFormat.PDF));

        assertThat(text).contains("business unit B2", "O3 北京朝阳后勤网点1").doesNotContain("O1 ", "Total B1");
        assertRow(text, "Company total", "1", "1", "250.00", "200.00", "20.00", "30.00", "150.00", "0", "0", "0.00", "1");
    }

    @Test
    void anEmptyFortnightStillRendersWithZeroTotals() throws IOException {
        Path pdf = new ReportRenderer(warehouse).render(new ReportRenderer.Request(ReportName.CLAIM_TOTALS,
                LocalDate.of(2024, 3, 11), Language.EN, Scope.COMPANY, ReportFormat.PDF, temp.resolve("out")));
        String text = pdfText(pdf);

        assertThat(text).contains("Fortnight 2024-03-11 – 2024-03-24");
        assertRow(text, "Company total", "0", "0", "0.00", "0.00", "0.00", "0.00", "0.00", "0", "0", "0.00", "0");
    }

    @Test
    void csvHasTheSameRowsWithKeysAndPlainDecimals() throws IOException {
        Path csv = render(Language.EN, Scope.COMPANY, ReportFormat.CSV);

        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).containsExactly(
                "fortnight_start_on,business_unit_code,outlet_code,outlet_name,claims_reported,claims_settled,"
                        + "settled_claimed_amount_cny,settled_approved_amount_cny,settled_staff_liability_amount_cny,"
                        + "settled_insurer_recovery_cny,settled_net_cost_cny,claims_rejected,claims_open_at_end,"
                        + "open_estimated_loss_cny,outlet_tier_claims,outlet_tier_approved_amount_cny,"
                        + "claims_specialist_tier_claims,claims_specialist_tier_approved_amount_cny,"
                        + "department_manager_tier_claims,department_manager_tier_approved_amount_cny,"
                        + "vice_president_tier_claims,vice_president_tier_approved_amount_cny,authority_exceptions",
                "2024-01-01,B1,O1,上海徐汇家庭网点1,2,1,400.00,450.00,50.00,100.00,300.00,0,2,2800.00,1,450.00,0,0.00,0,0.00,0,0.00,0",
                "2024-01-01,B1,O2,上海浦东家庭网点2,2,0,0.00,0.00,0.00,0.00,0.00,1,1,1200.00,0,0.00,0,0.00,0,0.00,0,0.00,0",
                "2024-01-01,B2,O3,北京朝阳后勤网点1,1,1,250.00,200.00,20.00,30.00,150.00,0,0,0.00,0,0.00,1,200.00,0,0.00,0,0.00,1");
    }

    @Test
    void aDayThatDoesNotStartAFortnightIsOneClearSentence() {
        assertThatThrownBy(() -> new ReportRenderer(warehouse).render(new ReportRenderer.Request(
                ReportName.CLAIM_TOTALS, LocalDate.of(2024, 1, 8), Language.EN, Scope.COMPANY, ReportFormat.PDF,
                temp.resolve("out"))))
                .isInstanceOf(DwException.class)
                .hasMessage("a fortnight starts on its first day: 2024-01-08 is inside the fortnight that starts on"
                        + " 2024-01-01 (epoch 2024-01-01)");
    }

    private static void assertRow(String text, String... cells) {
        String pattern = String.join("\\s+", java.util.Arrays.stream(cells).map(Pattern::quote).toList());
        assertThat(Pattern.compile(pattern).matcher(text).find()).as("a row %s in%n%s", String.join(" | ", cells), text)
                .isTrue();
    }

    static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
