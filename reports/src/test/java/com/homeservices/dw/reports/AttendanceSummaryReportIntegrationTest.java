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
 * The Attendance Summary (月度出勤汇总) from the January AttendanceSummaryIntegrationTest worked out by hand, as mart
 * rows. O1 (S1, S2, S3): 38 days recorded, 9 present, 10 personal, 18 sick, 1 absent, 68.50 hours, 1 ÷ 38 = 2.63 %
 * → 2.6, 5 leaves beyond a supervisor; O2 (S4): 6 days, 2, 2, 2, 0, 16.00 hours, 0.0 %, 1. Company: 44 days, 1
 * absent = 2.27 % → 2.3. Six leaves need more than a supervisor; the supervisor's own are not listed.
 */
class AttendanceSummaryReportIntegrationTest {

    @TempDir
    static Path temp;
    private static Warehouse warehouse;

    @BeforeAll
    static void handMadeMarts() {
        warehouse = HandMadeMarts.warehouse();
        warehouse.execute("""
                insert into mart_attendance_staff_month values
                  (date '2024-01-01', 1, 'S1', '张一', 'B1', 'Household Services', '家庭服务中心', 'O1',
                   '上海徐汇家庭网点1', 'service_worker', 'staff', 16, 4, 5, 7, 0, 32.00, date '2024-01-26', 2),
                  (date '2024-01-01', 2, 'S2', '李二', 'B1', 'Household Services', '家庭服务中心', 'O1',
                   '上海徐汇家庭网点1', 'outlet_admin', 'supervisor', 11, 3, 3, 5, 0, 24.00, date '2024-01-18', 2),
                  (date '2024-01-01', 3, 'S3', '王三', 'B1', 'Household Services', '家庭服务中心', 'O1',
                   '上海徐汇家庭网点1', 'service_worker', 'staff', 11, 2, 2, 6, 1, 12.50, date '2024-01-24', 1),
                  (date '2024-01-01', 4, 'S4', '赵四', 'B1', 'Household Services', '家庭服务中心', 'O2',
                   '上海浦东家庭网点2', 'service_worker', 'staff', 6, 2, 2, 2, 0, 16.00, date '2024-01-31', 1)""");
        warehouse.execute("""
                insert into mart_attendance_leave values
                  (date '2024-01-01', 1, 'S1', '张一', 'B1', 'O1', '上海徐汇家庭网点1', 'staff', 'personal_leave',
                   date '2024-01-02', date '2024-01-03', 2, 'supervisor'),
                  (date '2024-01-01', 1, 'S1', '张一', 'B1', 'O1', '上海徐汇家庭网点1', 'staff', 'personal_leave',
                   date '2024-01-08', date '2024-01-10', 3, 'division_manager'),
                  (date '2024-01-01', 1, 'S1', '张一', 'B1', 'O1', '上海徐汇家庭网点1', 'staff', 'sick_leave',
                   date '2024-01-22', date '2024-01-25', 4, 'division_manager'),
                  (date '2024-01-01', 2, 'S2', '李二', 'B1', 'O1', '上海徐汇家庭网点1', 'supervisor', 'personal_leave',
                   date '2024-01-04', date '2024-01-05', 2, 'division_manager'),
                  (date '2024-01-01', 2, 'S2', '李二', 'B1', 'O1', '上海徐汇家庭网点1', 'supervisor', 'sick_leave',
                   date '2024-01-16', date '2024-01-18', 3, 'division_manager'),
                  (date '2024-01-01', 3, 'S3', '王三', 'B1', 'O1', '上海徐汇家庭网点1', 'staff', 'sick_leave',
                   date '2024-01-05', date '2024-01-12', 6, 'general_manager'),
                  (date '2024-01-01', 3, 'S3', '王三', 'B1', 'O1', '上海徐汇家庭网点1', 'staff', 'personal_leave',
                   date '2024-01-19', date '2024-01-19', 1, 'supervisor'),
                  (date '2024-01-01', 4, 'S4', '赵四', 'B1', 'O2', '上海浦东家庭网点2', 'staff', 'sick_leave',
                   date '2024-01-30', date '2024-02-02', 4, 'division_manager')""");
        for (String mart : List.of("mart_attendance_staff_month", "mart_attendance_leave")) {
            HandMadeMarts.computed(warehouse, mart, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31));
        }
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    private static List<Path> render(Scope scope, Language language, ReportFormat format, int pdfRows) {
        return new ReportRenderer(warehouse, pdfRows).render(new ReportRenderer.Request("attendance-summary",
                Period.month(2024, 1), language, scope, format, temp.resolve("out")));
    }

    @Test
    void outletsWithTheCompanyTotalAndEveryLeaveBeyondASupervisor() throws IOException {
        String text = pdfText(render(Scope.COMPANY, Language.EN, ReportFormat.PDF, 100).get(0));

        assertThat(text).contains("Attendance Summary", "Month 2024-01",
                "A supervisor approves personal leave up to 2 days (grade staff) or 1");
        // staff, days recorded, present, personal, sick, absent, hours, absence %, leaves beyond supervisor
        assertRow(text, "O1 上海徐汇家庭网点1", "3", "38", "9", "10", "18", "1", "68.50", "2.6", "5");
        assertRow(text, "O2 上海浦东家庭网点2", "1", "6", "2", "2", "2", "0", "16.00", "0.0", "1");
        assertRow(text, "Total", "4", "44", "11", "12", "20", "1", "84.50", "2.3", "6");
        assertRow(text, "O1 上海徐汇家庭网点1", "S3 王三", "staff", "sick leave", "2024-01-05", "2024-01-12", "6",
                "general manager");
        assertRow(text, "O1 上海徐汇家庭网点1", "S2 李二", "supervisor", "personal leave", "2024-01-04", "2024-01-05",
                "2", "division manager");
        assertRow(text, "O2 上海浦东家庭网点2", "S4 赵四", "staff", "sick leave", "2024-01-30", "2024-02-02", "4",
                "division manager");
        assertThat(text).doesNotContain("2024-01-19", "2024-01-02 2024-01-03");
        assertRow(text, "O1", "S1 张一", "service worker", "staff", "16", "4", "5", "7", "0", "32.00", "2");
    }

    @Test
    void theCompanyPdfShowsTheHeadOfLongListsAndAnOutletAllOfItsOwn() throws IOException {
        String company = pdfText(render(Scope.COMPANY, Language.EN, ReportFormat.PDF, 2).get(0));
        String outlet = pdfText(render(Scope.parse("outlet:O1"), Language.EN, ReportFormat.PDF, 2).get(0));

        assertThat(company).contains("The first 2 of 6 rows are shown; the XLSX and CSV hold all 6.",
                "The first 2 of 4 rows are shown; the XLSX and CSV hold all 4.");
        assertThat(outlet).contains("outlet O1", "S1 张一", "S2 李二", "S3 王三").doesNotContain("The first", "S4", "O2 ");
        assertRow(outlet, "Total", "3", "38", "9", "10", "18", "1", "68.50", "2.6", "5");
    }

    @Test
    void chineseAndTheFilesHoldEveryRow() throws IOException {
        Path pdf = render(Scope.COMPANY, Language.ZH, ReportFormat.PDF, 2).get(0);
        String text = pdfText(pdf);
        ReportFiles.assertNotoSansEmbedded(pdf);
        Path xlsx = render(Scope.COMPANY, Language.EN, ReportFormat.XLSX, 2).get(0);
        List<Path> csv = render(Scope.COMPANY, Language.EN, ReportFormat.CSV, 2);

        assertThat(text).contains("月度出勤汇总", "须由主管以上审批的请假", "此处列出前 2 行，共 6 行");
        assertRow(text, "合计", "4", "44", "11", "12", "20", "1", "84.50", "2.3", "6");
        assertThat(ReportFiles.sheetNames(xlsx)).containsExactly("outlets", "leaves", "staff");
        assertThat(ReportFiles.sheet(xlsx, "leaves")).hasSize(7);
        assertThat(ReportFiles.sheet(xlsx, "outlets")).element(1).isEqualTo(
                "2024-01-01|B1|O1|上海徐汇家庭网点1|n:3|n:38|n:9|n:10|n:18|n:1|n:68.50|n:2.6|n:5");
        assertThat(Files.readAllLines(csv.get(2), StandardCharsets.UTF_8)).hasSize(5).element(3).isEqualTo(
                "2024-01-01,B1,O1,S3,王三,service_worker,staff,11,2,2,6,1,12.50,1");
    }

    @Test
    void itIsCutToAnOutletNotABusinessUnit() {
        assertThatThrownBy(() -> render(Scope.parse("business-unit:B1"), Language.EN, ReportFormat.PDF, 100))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attendance-summary is made for the whole company or one outlet: it has no business-unit"
                        + " scope");
    }

    @Test
    void anEmailLeadsWithTheHeadline() {
        assertThat(new ReportRenderer(warehouse).headline(new ReportRenderer.Request("attendance-summary",
                Period.month(2024, 1), Language.EN, Scope.parse("outlet:O2"), ReportFormat.PDF, temp)))
                .isEqualTo("1 staff; absence 0.0%; 1 leaves need more than a supervisor.");
        assertThat(new ReportRenderer(warehouse).headline(new ReportRenderer.Request("attendance-summary",
                Period.month(2024, 1), Language.EN, Scope.COMPANY, ReportFormat.PDF, temp)))
                .isEqualTo("4 staff; absence 2.3%; 6 leaves need more than a supervisor.");
    }

}
