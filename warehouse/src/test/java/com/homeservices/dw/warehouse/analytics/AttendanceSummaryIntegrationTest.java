package com.homeservices.dw.warehouse.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.homeservices.dw.warehouse.policy.LeavePolicy;
import com.homeservices.dw.warehouse.testing.SparkForTests;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * Attendance and leave on a hand-made January 2024 (1 January a holiday, weekends without rows), with leaves on
 * each approval edge of the default policy: personal leave 2 / 3 days for grade staff, 1 / 2 for a supervisor; sick
 * leave 3 / 4 / 6 days; a run across a weekend, one across the month's end, one broken by an absent day, and one that
 * started in December. Every figure below was counted by hand from the rows.
 */
class AttendanceSummaryIntegrationTest {

    private static final StructType ATTENDANCE = new StructType()
            .add("staff_id", DataTypes.LongType)
            .add("work_date", DataTypes.DateType)
            .add("status", DataTypes.StringType)
            .add("hours", DataTypes.createDecimalType(6, 2))
            .add("staff_code", DataTypes.StringType)
            .add("staff_name", DataTypes.StringType)
            .add("business_unit_code", DataTypes.StringType)
            .add("outlet_code", DataTypes.StringType)
            .add("position", DataTypes.StringType)
            .add("grade", DataTypes.StringType);

    private final AttendanceSummary summary = new AttendanceSummary(LeavePolicy.defaults());
    private final List<Row> rows = new ArrayList<>();

    /** Rows for one person on the given days (2024-01 unless the day says otherwise), all of one status. */
    private void rows(long id, String outlet, String position, String grade, String status, String hours,
                      String... days) {
        for (String day : days) {
            LocalDate date = day.length() == 2 ? LocalDate.parse("2024-01-" + day) : LocalDate.parse(day);
            rows.add(RowFactory.create(id, Date.valueOf(date), status, new BigDecimal(hours), "S" + id,
                    "Staff " + id, "B1", outlet, position, grade));
        }
    }

    private Dataset<Row> handMadeMonth() {
        // S1, grade staff: personal 2 days (supervisor) and 3 (division manager); sick 3 (supervisor), 4 (division)
        rows(1, "O1", "service_worker", "staff", "present", "8.00", "04", "11", "18", "26");
        rows(1, "O1", "service_worker", "staff", "personal_leave", "0.00", "02", "03", "08", "09", "10");
        rows(1, "O1", "service_worker", "staff", "sick_leave", "0.00", "15", "16", "17", "22", "23", "24", "25");
        // S2, grade supervisor: personal 1 (supervisor) and 2 (division); sick 2 (supervisor) and 3 (division)
        rows(2, "O1", "outlet_admin", "supervisor", "present", "8.00", "03", "08", "15");
        rows(2, "O1", "outlet_admin", "supervisor", "personal_leave", "0.00", "02", "04", "05");
        rows(2, "O1", "outlet_admin", "supervisor", "sick_leave", "0.00", "11", "12", "16", "17", "18");
        // S3, grade staff: sick Friday the 5th and Monday to Friday after it, six rows across a weekend (general
        // manager); personal on the 19th and the 23rd with an absent day between: two one-day leaves
        rows(3, "O1", "service_worker", "staff", "sick_leave", "0.00", "05", "08", "09", "10", "11", "12");
        rows(3, "O1", "service_worker", "staff", "present", "8.00", "15");
        rows(3, "O1", "service_worker", "staff", "present", "4.50", "24");
        rows(3, "O1", "service_worker", "staff", "personal_leave", "0.00", "19", "23");
        rows(3, "O1", "service_worker", "staff", "absent", "0.00", "22");
        // S4, grade staff, moved from O1 to O2 on 15 January: personal leave from 29 December over the holiday to
        // 3 January (December's, 3 days); sick from 30 January to 2 February (January's, 4 days)
        rows(4, "O1", "service_worker", "staff", "present", "8.00", "2023-12-28", "04");
        rows(4, "O1", "service_worker", "staff", "personal_leave", "0.00", "2023-12-29", "02", "03");
        rows(4, "O2", "service_worker", "staff", "present", "8.00", "29", "2024-02-05");
        rows(4, "O2", "service_worker", "staff", "sick_leave", "0.00", "30", "31", "2024-02-01", "2024-02-02");
        return SparkForTests.session().createDataFrame(rows, ATTENDANCE);
    }

    @Test
    void everyLeaveInTheMonthOfItsFirstDayWithWhoMustApproveIt() {
        AttendanceSummary.Result result = summary.compute(handMadeMonth(), YearMonth.of(2023, 12), YearMonth.of(2024, 2));

        // month|staff|code|name|unit|outlet|grade on the first day|kind|first day|last day|days|approver
        assertThat(SparkForTests.lines(result.leaves())).containsExactly(
                "2023-12-01|4|S4|Staff 4|B1|O1|staff|personal_leave|2023-12-29|2024-01-03|3|division_manager",
                "2024-01-01|1|S1|Staff 1|B1|O1|staff|personal_leave|2024-01-02|2024-01-03|2|supervisor",
                "2024-01-01|1|S1|Staff 1|B1|O1|staff|personal_leave|2024-01-08|2024-01-10|3|division_manager",
                "2024-01-01|1|S1|Staff 1|B1|O1|staff|sick_leave|2024-01-15|2024-01-17|3|supervisor",
                "2024-01-01|1|S1|Staff 1|B1|O1|staff|sick_leave|2024-01-22|2024-01-25|4|division_manager",
                "2024-01-01|2|S2|Staff 2|B1|O1|supervisor|personal_leave|2024-01-02|2024-01-02|1|supervisor",
                "2024-01-01|2|S2|Staff 2|B1|O1|supervisor|personal_leave|2024-01-04|2024-01-05|2|division_manager",
                "2024-01-01|2|S2|Staff 2|B1|O1|supervisor|sick_leave|2024-01-11|2024-01-12|2|supervisor",
                "2024-01-01|2|S2|Staff 2|B1|O1|supervisor|sick_leave|2024-01-16|2024-01-18|3|division_manager",
                "2024-01-01|3|S3|Staff 3|B1|O1|staff|sick_leave|2024-01-05|2024-01-12|6|general_manager",
                "2024-01-01|3|S3|Staff 3|B1|O1|staff|personal_leave|2024-01-19|2024-01-19|1|supervisor",
                "2024-01-01|3|S3|Staff 3|B1|O1|staff|personal_leave|2024-01-23|2024-01-23|1|supervisor",
                "2024-01-01|4|S4|Staff 4|B1|O2|staff|sick_leave|2024-01-30|2024-02-02|4|division_manager");
    }

    @Test
    void daysOfEachStatusPerStaffMemberAtTheVersionOfTheLastDayRecorded() {
        AttendanceSummary.Result result = summary.compute(handMadeMonth(), YearMonth.of(2023, 12), YearMonth.of(2024, 2));

        // month|staff|code|name|unit|outlet|position|grade|recorded|present|personal|sick|absent|hours|last day|
        //   leaves beyond the supervisor starting that month
        assertThat(SparkForTests.lines(result.staffMonths())).containsExactly(
                "2023-12-01|4|S4|Staff 4|B1|O1|service_worker|staff|2|1|1|0|0|8.00|2023-12-29|1",
                "2024-01-01|1|S1|Staff 1|B1|O1|service_worker|staff|16|4|5|7|0|32.00|2024-01-26|2",
                "2024-01-01|2|S2|Staff 2|B1|O1|outlet_admin|supervisor|11|3|3|5|0|24.00|2024-01-18|2",
                "2024-01-01|3|S3|Staff 3|B1|O1|service_worker|staff|11|2|2|6|1|12.50|2024-01-24|1",
                "2024-01-01|4|S4|Staff 4|B1|O2|service_worker|staff|6|2|2|2|0|16.00|2024-01-31|1",
                "2024-02-01|4|S4|Staff 4|B1|O2|service_worker|staff|3|1|0|2|0|8.00|2024-02-05|0");
    }

    @Test
    void aMonthAloneLeavesOutTheRunThatStartedBeforeItAndCountsTheDaysAfterIt() {
        AttendanceSummary.Result result = summary.compute(handMadeMonth(), YearMonth.of(2024, 1), YearMonth.of(2024, 1));

        assertThat(SparkForTests.lines(result.leaves())).hasSize(12)
                .noneMatch(line -> line.contains("2023-12-29"))
                .contains("2024-01-01|4|S4|Staff 4|B1|O2|staff|sick_leave|2024-01-30|2024-02-02|4|division_manager");
        assertThat(SparkForTests.lines(result.staffMonths())).hasSize(4);
    }

    @Test
    void aMonthWithoutRowsHasNoRows() {
        AttendanceSummary.Result result = summary.compute(handMadeMonth(), YearMonth.of(2024, 3), YearMonth.of(2024, 3));

        assertThat(result.leaves().count()).isZero();
        assertThat(result.staffMonths().count()).isZero();
    }
}
