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
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Complaint Handling from a hand-made mart, January 2024 (the figures of ComplaintHandlingIntegrationTest's O1, and
 * O2 soft). The company per kind sums the outlets' counts: soft 7 received, 5 first in time = 71.43 % → 71.4, 2
 * second in time = 28.57 % → 28.6, 1 of 3 resolved followed up = 33.3 %; O2's median 7.25 minutes shows as 7.3.
 */
class ComplaintHandlingReportIntegrationTest {

    @TempDir
    static Path temp;
    private static Warehouse warehouse;

    @BeforeAll
    static void handMadeMart() {
        warehouse = HandMadeMarts.warehouse();
        warehouse.execute("""
                insert into mart_complaint_handling_month values
                  (date '2024-01-01', 'B1', 'Household Services', '家庭服务中心', 'O1', '上海徐汇家庭网点1', 'soft', 4,
                   2, 0.500000000000, 2, 0.500000000000, 3, 1, 0.333333333333, 3, 15.000000),
                  (date '2024-01-01', 'B1', 'Household Services', '家庭服务中心', 'O1', '上海徐汇家庭网点1', 'hard', 2,
                   1, 0.500000000000, 1, 0.500000000000, 0, 0, null, 2, 60.500000),
                  (date '2024-01-01', 'B1', 'Household Services', '家庭服务中心', 'O2', '上海浦东家庭网点2', 'soft', 3,
                   3, 1.000000000000, 0, 0.000000000000, 0, 0, null, 3, 7.250000)""");
        HandMadeMarts.computed(warehouse, "mart_complaint_handling_month", LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 2, 29));
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    private static List<Path> render(Period month, Language language, ReportFormat format) {
        return new ReportRenderer(warehouse).render(new ReportRenderer.Request("complaint-handling", month, language,
                Scope.COMPANY, format, temp.resolve("out")));
    }

    @Test
    void outletsByKindAndTheCompanyPerKind() throws IOException {
        String text = pdfText(render(Period.month(2024, 1), Language.EN, ReportFormat.PDF).get(0));

        assertThat(text).contains("Complaint Handling", "Month 2024-01", "first response within 15 minutes");
        // received, 1st in time, 1st %, 2nd in time, 2nd %, resolved, followed up, follow-up %, median minutes
        assertRow(text, "O1 上海徐汇家庭网点1", "hard", "2", "1", "50.0", "1", "50.0", "0", "0", "60.5");
        assertRow(text, "O1 上海徐汇家庭网点1", "soft", "4", "2", "50.0", "2", "50.0", "3", "1", "33.3", "15.0");
        assertRow(text, "O2 上海浦东家庭网点2", "soft", "3", "3", "100.0", "0", "0.0", "0", "0", "7.3");
        assertRow(text, "Company", "hard", "2", "1", "50.0", "1", "50.0", "0", "0", "–");
        assertRow(text, "Company", "soft", "7", "5", "71.4", "2", "28.6", "3", "1", "33.3", "–");
    }

    @Test
    void aMonthWithoutComplaintsSaysSo() throws IOException {
        String text = pdfText(render(Period.month(2024, 2), Language.EN, ReportFormat.PDF).get(0));

        assertThat(text).contains("No complaint was received in this month.").doesNotContain("Received", "null");
    }

    @Test
    void chineseAndTheFiles() throws IOException {
        Path pdf = render(Period.month(2024, 1), Language.ZH, ReportFormat.PDF).get(0);
        String text = pdfText(pdf);
        ReportFiles.assertNotoSansEmbedded(pdf);
        List<Path> csv = render(Period.month(2024, 1), Language.EN, ReportFormat.CSV);

        assertThat(text).contains("投诉处理情况表");
        assertRow(text, "全公司", "软性", "7", "5", "71.4");
        assertThat(Files.readAllLines(csv.get(1), StandardCharsets.UTF_8)).containsExactly(
                "month_start_on,kind,received,first_response_within,first_response_pct,second_response_within,"
                        + "second_response_pct,resolved,follow_up_within,follow_up_pct",
                "2024-01-01,hard,2,1,50.0,1,50.0,0,0,", "2024-01-01,soft,7,5,71.4,2,28.6,3,1,33.3");
        assertThat(Files.readAllLines(csv.get(0), StandardCharsets.UTF_8)).element(3).isEqualTo(
                "2024-01-01,B1,O2,上海浦东家庭网点2,soft,3,3,100.0,0,0.0,0,0,,7.3");
    }

    @Test
    void anEmailLeadsWithTheHeadline() {
        // 9 received, 2 + 1 + 3 first answered in time: 66.67 %
        assertThat(new ReportRenderer(warehouse).headline(new ReportRenderer.Request("complaint-handling",
                Period.month(2024, 1), Language.EN, Scope.COMPANY, ReportFormat.PDF, temp)))
                .isEqualTo("9 complaints received; 66.7% first answered in time.");
    }

}
