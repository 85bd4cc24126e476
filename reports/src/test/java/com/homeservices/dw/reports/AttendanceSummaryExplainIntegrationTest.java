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
 * S3 (O1)  2023-12-29 present (not January), 01-31 personal leave, 02-01 and 02-02 personal leave (not January)
 * S4 (O2)  2023-12-29 sick leave, 01-02 to 01-04 sick leave (December's leave goes on), 01-05 present 8.00 h,
 *          01-10 sick leave as a supervisor, 01-11 and 01-12 sick leave as staff (a new version from 01-11)
 *
 * Leaves starting in January: S1 sick 01-03, 1 day (the supervisor's); S3 personal 01-31 to 02-02, 3 days, grade
 * staff (the supervisor's up to 2): a division manager's; S4 sick 01-10 to 01-12, 3 days, grade supervisor on its
 * first day (the supervisor's up to 2; as staff it would be up to 3): a division manager's. S4's from 2023-12-29 is
 * December's.
 *
 * O1: staff S1 (on 01-04), S3 (on 01-31) = 2; days recorded 4; present 1 (S1 01-02); personal leave 1 (S3 01-31);
 *     sick leave 1 (S1 01-03); absent 1 (S1 01-04); hours 8.00 (every row); absence rate 1 ÷ 4 = 25.0 %;
 *     leaves beyond a supervisor 1 (S3's)
 * O2: staff S2 (on 01-04), S4 (on 01-12) = 2; days recorded 9 (S2 01-02 at O1 too); present 3; sick leave 6;
 *     hours 23.50; absence rate 0.0 %; leaves beyond a supervisor 1 (S4's from 01-10)
 * </pre>
 */
class AttendanceSummaryExplainIntegrationTest {

    private static final Period JANUARY = Period.month(2024, 1);
    /** S4's rows of January. */
    private static final String S4_JANUARY = "4@2024-01-02,4@2024-01-03,4@2024-01-04,4@2024-01-05,4@2024-01-10,"
            + "4@2024-01-11,4@2024-01-12";

    private static final Map<String, Map<String, String>> WORKED = Map.of(
            "outlet:O1", Map.of("staff", "1@2024-01-04,3@2024-01-31=2",
                    "days_recorded", "1@2024-01-02,1@2024-01-03,1@2024-01-04,3@2024-01-31=4",
                    "days_present", "1@2024-01-02=1", "personal_leave_days", "3@2024-01-31=1",
                    "sick_leave_days", "1@2024-01-03=1", "absent_days", "1@2024-01-04=1",
                    "hours", "1@2024-01-02,1@2024-01-03,1@2024-01-04,3@2024-01-31=8.00",
                    "leaves_beyond_supervisor", "3@2024-01-31=1"),
            "outlet:O2", Map.of("staff", "2@2024-01-04,4@2024-01-12=2",
                    "days_recorded", "2@2024-01-02,2@2024-01-04," + S4_JANUARY + "=9",
                    "days_present", "2@2024-01-02,2@2024-01-04,4@2024-01-05=3", "personal_leave_days", "=0",
                    "sick_leave_days", "4@2024-01-02,4@2024-01-03,4@2024-01-04,4@2024-01-10,4@2024-01-11,4@2024-01-12=6",
                    "absent_days", "=0", "hours", "2@2024-01-02,2@2024-01-04," + S4_JANUARY + "=23.50",
                    "leaves_beyond_supervisor", "4@2024-01-10=1"),
            // a leave of the list: its rows, past the month's end too
            "outlet:O1,staff_code:S3,first_day_on:2024-01-31", Map.of("days",
                    "3@2024-01-31,3@2024-02-01,3@2024-02-02=3"),
            "outlet:O2,staff_code:S4,first_day_on:2024-01-10", Map.of("days",
                    "4@2024-01-10,4@2024-01-11,4@2024-01-12=3"),
            "outlet:O2,staff_code:S4", Map.of("leaves_beyond_supervisor", "4@2024-01-10=1",
                    "sick_leave_days", "4@2024-01-02,4@2024-01-03,4@2024-01-04,4@2024-01-10,4@2024-01-11,4@2024-01-12=6"));

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
                RowKey.parse("outlet:O2,staff_code:S2"), "days_recorded");

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
                .contains("days_recorded", "hours", "leaves_beyond_supervisor");
    }

    @Test
    void anOutletWithoutStaffThatMonthHasNoRow() {
        assertThatThrownBy(() -> new FigureExplainer(warehouse).explain("attendance-summary", JANUARY,
                Scope.parse("outlet:O3"), "staff"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attendance-summary has no row for outlet O3 in 2024-01");
    }
}
