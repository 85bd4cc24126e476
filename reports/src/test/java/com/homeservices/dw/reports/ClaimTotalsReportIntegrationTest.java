package com.homeservices.dw.reports;

import static com.homeservices.dw.reports.ReportFiles.assertRow;
import static com.homeservices.dw.reports.ReportFiles.pdfText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.period.Period;
import com.homeservices.dw.warehouse.period.PeriodKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
        warehouse = HandMadeMarts.withClaimTotals(temp.resolve("work"));
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    private static List<Path> render(LocalDate fortnight, Language language, Scope scope, ReportFormat format) {
        return new ReportRenderer(warehouse).render(new ReportRenderer.Request("claim-totals",
                new Period(PeriodKind.FORTNIGHT, fortnight), language, scope, format, temp.resolve("out")));
    }

    private static Path render(Language language, Scope scope, ReportFormat format) {
        return render(FORTNIGHT, language, scope, format).get(0);
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
        ReportFiles.assertNotoSansEmbedded(pdf);
    }

    @Test
    void aBusinessUnitScopeShowsThatUnitOnly() throws IOException {
        String text = pdfText(render(Language.EN, Scope.parse("business-unit:B2"), ReportFormat.PDF));

        assertThat(text).contains("business unit B2", "O3 北京朝阳后勤网点1").doesNotContain("O1 ", "Total B1");
        assertRow(text, "Company total", "1", "1", "250.00", "200.00", "20.00", "30.00", "150.00", "0", "0", "0.00", "1");
    }

    @Test
    void aQuietFortnightShowsZerosAndTheClaimStillOpen() throws IOException {
        // computed, and nothing reported or decided in it: only C3 (reported 2023-12-31, estimate 2,000.00) is
        // still open at its end
        Path pdf = render(LocalDate.of(2024, 3, 11), Language.EN, Scope.COMPANY, ReportFormat.PDF).get(0);
        String text = pdfText(pdf);

        assertThat(text).contains("Fortnight 2024-03-11 – 2024-03-24").doesNotContain("null");
        assertRow(text, "O1 上海徐汇家庭网点1", "0", "0", "0.00", "0.00", "0.00", "0.00", "0.00", "0", "1", "2,000.00", "0");
        assertRow(text, "Company total", "0", "0", "0.00", "0.00", "0.00", "0.00", "0.00", "0", "1", "2,000.00", "0");
        // an empty table says so instead of showing a bare header
        assertThat(text).contains("None: every claim settled in this fortnight was approved at or above the tier"
                + " its amounts require.").doesNotContain("Required tier");
    }

    @Test
    void csvHasTheSameRowsWithKeysAndPlainDecimals() throws IOException {
        List<Path> files = render(FORTNIGHT, Language.EN, Scope.COMPANY, ReportFormat.CSV);
        Path csv = files.get(0);

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
        assertThat(files).extracting(f -> f.getFileName().toString()).containsExactly(
                "claim-totals_2024-01-01_outlets.csv", "claim-totals_2024-01-01_exceptions.csv",
                "claim-totals_2024-01-01_reconciliation.csv");
        assertThat(Files.readAllLines(files.get(1), StandardCharsets.UTF_8)).containsExactly(
                "fortnight_start_on,business_unit_code,outlet_code,outlet_name,claim_no,estimated_loss_cny,"
                        + "claimed_amount_cny,approved_amount_cny,approver_role,required_tier",
                "2024-01-01,B2,O3,北京朝阳后勤网点1,C7,500.00,250.00,200.00,outlet,claims_specialist");
        assertThat(Files.readAllLines(files.get(2), StandardCharsets.UTF_8)).containsExactly(
                "fortnight_start_on,source_settled_claims,source_approved_amount_cny,mart_settled_claims,"
                        + "mart_approved_amount_cny,settled_claims_difference,approved_amount_difference_cny",
                "2024-01-01,2,650.00,2,650.00,0,0.00");
    }

    @Test
    void xlsxHasOneSheetPerTableWithNumericCellsAndAFrozenHeader() throws IOException {
        Path xlsx = render(Language.EN, Scope.COMPANY, ReportFormat.XLSX);

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            XSSFSheet outlets = workbook.getSheet("outlets");
            assertThat(outlets.getPaneInformation().isFreezePane()).isTrue();
            assertThat(outlets.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(outlets.getRow(0).getCell(10).getStringCellValue()).isEqualTo("settled_net_cost_cny");
            // O1: net cost 300.00, open estimated loss 2,800.00, as numbers shown with two places
            assertThat(outlets.getRow(1).getCell(2).getStringCellValue()).isEqualTo("O1");
            assertThat(outlets.getRow(1).getCell(10).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(outlets.getRow(1).getCell(10).getNumericCellValue()).isEqualTo(300.00);
            assertThat(outlets.getRow(1).getCell(10).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(outlets.getRow(1).getCell(13).getNumericCellValue()).isEqualTo(2800.00);
            assertThat(outlets.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(2.0);
            assertThat(outlets.getRow(1).getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(FORTNIGHT);
            assertThat(outlets.getLastRowNum()).isEqualTo(3);
            assertThat(workbook.getSheet("exceptions").getRow(1).getCell(4).getStringCellValue()).isEqualTo("C7");
            assertThat(workbook.getSheet("reconciliation").getRow(1).getCell(6).getNumericCellValue()).isZero();
        }
    }

    @Test
    void aFortnightThatWasNotComputedIsRefusedNamingTheCommandToRun() {
        // ended (the data run to 2024-03-31) but before the computed fortnights
        assertThatThrownBy(() -> render(LocalDate.of(2023, 11, 20), Language.EN, Scope.COMPANY, ReportFormat.PDF))
                .isInstanceOf(DwException.class)
                .hasMessage("claim-totals for the fortnight 2023-11-20 has not been computed: run ./dw analyze"
                        + " --from 2023-11-20 --to 2023-11-20 first");
    }

    @Test
    void anUnknownScopeCodeIsOneSentence() {
        assertThatThrownBy(() -> render(Language.EN, Scope.parse("outlet:O9"), ReportFormat.PDF))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no outlet has the code 'O9'");
        assertThatThrownBy(() -> Scope.parse("outlet:x/../../evil"))
                .hasMessage("'x/../../evil' is not a code: a code is up to 40 letters, digits, '-' and '_'");
    }

    @Test
    void aDayThatDoesNotStartAFortnightIsOneClearSentence() {
        assertThatThrownBy(() -> ReportRenderer.period(ReportCatalogue.load().named("claim-totals"), "2024-01-08",
                LocalDate.of(2024, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a fortnight starts on its first day: 2024-01-08 is inside the fortnight that starts on"
                        + " 2024-01-01 (epoch 2024-01-01)");
    }
}
