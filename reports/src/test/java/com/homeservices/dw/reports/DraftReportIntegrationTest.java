package com.homeservices.dw.reports;

import static com.homeservices.dw.reports.ReportFiles.pdfText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.period.Period;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A month computed before it ended: the last load began on 2024-03-11 02:00, so the data run to 2024-03-10, and
 * March's complaint handling was computed from them. It is refused as a report unless asked for as a draft, which says
 * so on every page, in every CSV row and in its files' names; April, never computed and not ended, is refused naming
 * the draft's two commands.
 */
class DraftReportIntegrationTest {

    private static final Period MARCH = Period.month(2024, 3);

    @TempDir
    static Path temp;
    private static Warehouse warehouse;

    @BeforeAll
    static void aMonthComputedOnItsTenthDay() {
        warehouse = HandMadeMarts.warehouse();
        warehouse.execute("delete from etl_run");
        warehouse.execute("insert into etl_run values (1, 'csv:source', timestamp '2024-03-11 02:00:00',"
                + " timestamp '2024-03-11 02:05:00', 'completed', timestamp '2024-03-10 23:40:00')");
        warehouse.execute("""
                insert into mart_complaint_handling_month values
                  (date '2024-03-01', 'B1', 'Household Services', '家庭服务中心', 'O1', '上海徐汇家庭网点1', 'soft', 2,
                   1, 0.500000000000, 1, 0.500000000000, 1, 1, 1.000000000000, 2, 12.000000),
                  (date '2024-03-01', 'B1', 'Household Services', '家庭服务中心', 'O2', '上海浦东家庭网点2', 'hard', 1,
                   1, 1.000000000000, 0, 0.000000000000, 0, 0, null, 1, 40.000000)""");
        HandMadeMarts.computed(warehouse, "mart_complaint_handling_month", LocalDate.of(2024, 3, 1),
                LocalDate.of(2024, 3, 31), LocalDate.of(2024, 3, 10));
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    private static List<Path> render(Period month, Language language, ReportFormat format, boolean draft) {
        return new ReportRenderer(warehouse).render(new ReportRenderer.Request("complaint-handling", month, language,
                Scope.COMPANY, format, temp.resolve("out"), draft));
    }

    @Test
    void anIncompleteMonthIsRefusedWithoutDraft() {
        assertThatThrownBy(() -> render(MARCH, Language.EN, ReportFormat.PDF, false))
                .isInstanceOf(DwException.class)
                .hasMessage("complaint-handling for the month 2024-03 is incomplete: it was computed from data to"
                        + " 2024-03-10 and ends 2024-03-31; add --draft to render it marked incomplete, or run"
                        + " ./dw analyze --from 2024-03 --to 2024-03 once its data are loaded");
    }

    @Test
    void aMonthNotComputedAndNotEndedNamesTheDraftsCommands() {
        assertThatThrownBy(() -> render(Period.month(2024, 4), Language.EN, ReportFormat.PDF, true))
                .isInstanceOf(DwException.class)
                .hasMessage("complaint-handling for the month 2024-04 has not ended: its data run to 2024-03-10 and it"
                        + " ends 2024-04-30; a draft marked incomplete is made with ./dw analyze --from 2024-04 --to"
                        + " 2024-04 --draft, then --draft here");
    }

    @Test
    void aDraftSaysSoOnEveryPageInBothLanguages() throws IOException {
        Path english = render(MARCH, Language.EN, ReportFormat.PDF, true).get(0);
        Path chinese = render(MARCH, Language.ZH, ReportFormat.PDF, true).get(0);

        assertThat(english.getFileName().toString()).isEqualTo("complaint-handling_2024-03_draft_en.pdf");
        String text = pdfText(english);
        int pages;
        try (PDDocument document = Loader.loadPDF(english.toFile())) {
            pages = document.getNumberOfPages();
        }
        // the title band's line and each page's footer
        assertThat(text.split("Page \\d+ of", -1).length - 1).isEqualTo(pages);
        assertThat(text.split("INCOMPLETE: data to 2024-03-10", -1).length - 1).isEqualTo(pages + 1);
        assertThat(pdfText(chinese)).contains("未完成：数据截至 2024-03-10");
    }

    @Test
    void aDraftsCsvRowsEachCarryTheMark() throws IOException {
        List<Path> files = render(MARCH, Language.EN, ReportFormat.CSV, true);

        assertThat(files).isNotEmpty().allSatisfy(file -> assertThat(file.getFileName().toString())
                .startsWith("complaint-handling_2024-03_draft_"));
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertThat(lines.get(0)).endsWith(",draft");
            assertThat(lines.subList(1, lines.size())).allSatisfy(line ->
                    assertThat(line).endsWith(",incomplete: data to 2024-03-10"));
        }
        assertThat(Files.readAllLines(files.get(0), StandardCharsets.UTF_8)).hasSize(3);
    }
}
