package com.homeservices.dw.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.period.Period;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every explained figure of the Attendance Summary's outlet rows for January 2024, on hand-made attendance rows
 * (HandMadeMarts.withAttendance) computed by Spark: the rows listed, by source id (staff id @ day), are exactly the
 * hand-worked ones, and they add up to the figure.
 *
 * <pre>
 * S1 (O1)  01-02 present 8.00 h, 01-03 sick leave, 01-04 absent
 * S2       01-02 present 8.00 h at O1; from 01-04 at O2: 01-04 present 7.50 h  -> shown at O2, its last day's outlet
 * S3 (O1)  2023-12-29 present (not January), 01-31 personal leave, 02-01 personal leave (not January)
 *
 * O1: staff S1 (on 01-04), S3 (on 01-31) = 2; days recorded 4; present 1 (S1 01-02); personal leave 1 (S3 01-31);
 *     sick leave 1 (S1 01-03); absent 1 (S1 01-04); hours 8.00 (every row); absence rate 1 ÷ 4 = 25.0 %
 * O2: staff S2 (on 01-04) = 1; days recorded 2 (S2 01-02 at O1 too); present 2; hours 15.50; absence rate 0.0 %
 * </pre>
 */
class AttendanceSummaryExplainIntegrationTest {

    private static final Period JANUARY = Period.month(2024, 1);

    private static final Map<String, Map<String, String>> WORKED = Map.of(
            "outlet:O1", Map.of("staff", "1@2024-01-04,3@2024-01-31=2",
                    "days_recorded", "1@2024-01-02,1@2024-01-03,1@2024-01-04,3@2024-01-31=4",
                    "days_present", "1@2024-01-02=1", "personal_leave_days", "3@2024-01-31=1",
                    "sick_leave_days", "1@2024-01-03=1", "absent_days", "1@2024-01-04=1",
                    "hours", "1@2024-01-02,1@2024-01-03,1@2024-01-04,3@2024-01-31=8.00"),
            "outlet:O2", Map.of("staff", "2@2024-01-04=1", "days_recorded", "2@2024-01-02,2@2024-01-04=2",
                    "days_present", "2@2024-01-02,2@2024-01-04=2", "personal_leave_days", "=0", "sick_leave_days", "=0",
                    "absent_days", "=0", "hours", "2@2024-01-02,2@2024-01-04=15.50"));

    @TempDir
    static Path temp;
    private static Warehouse warehouse;

    @BeforeAll
    static void computeTheMarts() {
        warehouse = HandMadeMarts.withAttendance(temp.resolve("work"));
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    @Test
    void everyFigureOfEveryOutletIsItsHandWorkedRowsAndTheirSum() {
        WorkedFigures.check(new FigureExplainer(warehouse), "attendance-summary", JANUARY, WORKED,
                r -> r.get("source_id"), true);
    }

    @Test
    void aStaffMembersRowsGoWithTheirLastDaysOutletAndSayWhereTheyWorked() {
        FigureExplainer.Explanation days = new FigureExplainer(warehouse).explain("attendance-summary", JANUARY,
                Scope.parse("outlet:O2"), "days_recorded");

        assertThat(days.rows()).extracting(r -> r.get("source_no") + "|" + r.get("worked_at") + "|" + r.get("on_day")
                + "|" + r.get("status")).containsExactly("S2|O1|2024-01-02|present", "S2|O2|2024-01-04|present");
    }

    @Test
    void theAbsenceRateIsAbsentDaysOverDaysRecorded() {
        FigureExplainer explainer = new FigureExplainer(warehouse);

        FigureExplainer.Explanation o1 = explainer.explain("attendance-summary", JANUARY, Scope.parse("outlet:O1"),
                "absence_rate");
        assertThat(o1.parts()).extracting(FigureExplainer.Explanation::figureColumn)
                .containsExactly("absent_days", "days_recorded");
        assertThat(o1.figure()).isEqualByComparingTo("25.0");
        assertThat(o1.agrees()).isTrue();
        assertThat(o1.formula()).isEqualTo("absence_rate_pct = absent_days ÷ days_recorded × 100 = 1 ÷ 4 × 100");

        FigureExplainer.Explanation o2 = explainer.explain("attendance-summary", JANUARY, Scope.parse("outlet:O2"),
                "absence_rate_pct");
        assertThat(o2.figure()).isEqualByComparingTo("0.0");
        assertThat(o2.agrees()).isTrue();
    }

    @Test
    void aStaffMembersRowIsTheirOwnRows() {
        FigureExplainer explainer = new FigureExplainer(warehouse);

        FigureExplainer.Explanation days = explainer.explain("attendance-summary", JANUARY,
                RowKey.parse("outlet:O1,staff_code:S1"), "days_recorded");
        assertThat(days.rows()).extracting(r -> r.get("source_id"))
                .containsExactly("1@2024-01-02", "1@2024-01-03", "1@2024-01-04");
        assertThat(days.figure()).isEqualByComparingTo("3");
        assertThat(days.agrees()).isTrue();
        // S2 is shown at O2, their last day's outlet, with the day they worked at O1
        FigureExplainer.Explanation hours = explainer.explain("attendance-summary", JANUARY,
                RowKey.parse("outlet:O2,staff_code:S2"), "hours");
        assertThat(hours.figure()).isEqualByComparingTo("15.50");
        assertThat(hours.agrees()).isTrue();
        assertThat(explainer.tables("attendance-summary", JANUARY, Scope.COMPANY).stream()
                .filter(t -> t.name().equals("staff")).findFirst().orElseThrow().figures())
                .contains("days_recorded", "hours").doesNotContain("leaves_beyond_supervisor");
    }

    @Test
    void anOutletWithoutStaffThatMonthHasNoRow() {
        assertThatThrownBy(() -> new FigureExplainer(warehouse).explain("attendance-summary", JANUARY,
                Scope.parse("outlet:O3"), "staff"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attendance-summary has no row for outlet O3 in 2024-01");
    }
}
