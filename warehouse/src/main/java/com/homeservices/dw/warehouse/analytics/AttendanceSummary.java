package com.homeservices.dw.warehouse.analytics;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.when;

import com.homeservices.dw.warehouse.policy.LeavePolicy;
import java.sql.Date;
import java.time.YearMonth;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;

/**
 * Attendance and leave per month (月度出勤汇总, metrics.md "Attendance and leave"): per staff member with any row in
 * the month, the days of each status, the hours and the days recorded, shown at the version of their last day
 * recorded in the month; and every leave, a run of one person's rows of the same leave status in date order (days
 * without a row do not break it, a row of another status does), in the month of its first day, with who must
 * approve it by the grade of its first day.
 *
 * <p>Input: one row per attendance row with {@code staff_id, work_date, status, hours} and the attributes of the
 * staff version valid that day: {@code staff_code, staff_name, business_unit_code, outlet_code, position, grade}.
 * The rows must begin before the first month (a row before a month's first row tells whether a run was already
 * under way) and run past the last (a run that starts in the month counts its days after it).
 */
public final class AttendanceSummary {

    /** The leave statuses; a run of one of them is a leave. */
    public static final List<String> LEAVES = List.of("personal_leave", "sick_leave");

    private static final List<String> ATTRIBUTES = List.of("staff_code", "staff_name", "business_unit_code",
            "outlet_code", "position", "grade");

    private final LeavePolicy policy;

    public AttendanceSummary(LeavePolicy policy) {
        this.policy = policy;
    }

    /** Per staff member and month, and the leaves of those months. */
    public record Result(Dataset<Row> staffMonths, Dataset<Row> leaves) {
    }

    /** Computes every month from {@code first} to {@code last}, both included. */
    public Result compute(Dataset<Row> attendance, YearMonth first, YearMonth last) {
        Dataset<Row> leaves = leaves(attendance, first, last).cache();
        return new Result(staffMonths(attendance, leaves, first, last), leaves);
    }

    private static Column inMonths(Column date, YearMonth first, YearMonth last) {
        return date.between(lit(Date.valueOf(first.atDay(1))), lit(Date.valueOf(last.atEndOfMonth())));
    }

    /**
     * The leaves whose first day falls in the months: each leave row that follows a row of another status (or none)
     * starts a run; a running count of the starts numbers the runs, so every row of one run shares its number.
     */
    Dataset<Row> leaves(Dataset<Row> attendance, YearMonth first, YearMonth last) {
        WindowSpec byDay = Window.partitionBy("staff_id").orderBy("work_date");
        Column isLeave = col("status").isin(LEAVES.toArray());
        Column previous = lag(col("status"), 1).over(byDay);
        Dataset<Row> numbered = attendance
                .withColumn("starts_run", when(isLeave.and(previous.isNull().or(previous.notEqual(col("status")))),
                        lit(1L)).otherwise(lit(0L)))
                .withColumn("run", sum(col("starts_run")).over(byDay
                        .rowsBetween(Window.unboundedPreceding(), Window.currentRow())))
                .where(isLeave);
        Column attributesOnFirstDay = min_by(struct(ATTRIBUTES.stream().map(a -> col(a)).toArray(Column[]::new)),
                col("work_date"));
        Dataset<Row> runs = numbered.groupBy(col("staff_id"), col("run"))
                .agg(min(col("status")).as("kind"), min(col("work_date")).as("first_day_on"),
                        max(col("work_date")).as("last_day_on"), count(lit(1)).as("days"),
                        attributesOnFirstDay.as("on_first_day"))
                .where(inMonths(col("first_day_on"), first, last));
        return runs.select(trunc(col("first_day_on"), "month").as("month_start_on"), col("staff_id"),
                        col("on_first_day.staff_code").as("staff_code"), col("on_first_day.staff_name").as("staff_name"),
                        col("on_first_day.business_unit_code").as("business_unit_code"),
                        col("on_first_day.outlet_code").as("outlet_code"), col("on_first_day.grade").as("grade"),
                        col("kind"), col("first_day_on"), col("last_day_on"), col("days"),
                        expr(policy.approverSql("kind", "on_first_day.grade", "days")).as("approver"))
                .repartition(1).sortWithinPartitions("month_start_on", "outlet_code", "staff_code", "first_day_on");
    }

    /** Per staff member and month: the days of each status and the hours, at the version of the last day recorded. */
    private static Dataset<Row> staffMonths(Dataset<Row> attendance, Dataset<Row> leaves, YearMonth first,
                                            YearMonth last) {
        Column attributesOnLastDay = max_by(struct(ATTRIBUTES.stream().map(a -> col(a)).toArray(Column[]::new)),
                col("work_date"));
        Dataset<Row> months = attendance.where(inMonths(col("work_date"), first, last))
                .groupBy(trunc(col("work_date"), "month").as("month_start_on"), col("staff_id"))
                .agg(count(lit(1)).as("days_recorded"),
                        days("present").as("days_present"),
                        days("personal_leave").as("personal_leave_days"),
                        days("sick_leave").as("sick_leave_days"),
                        days("absent").as("absent_days"),
                        sum(col("hours")).cast(DataTypes.createDecimalType(18, 2)).as("hours"),
                        max(col("work_date")).as("last_day_recorded_on"),
                        attributesOnLastDay.as("on_last_day"));
        Dataset<Row> beyondSupervisor = leaves.where(col("approver").notEqual(lit(
                        LeavePolicy.Approver.SUPERVISOR.code())))
                .groupBy("month_start_on", "staff_id").agg(count(lit(1)).as("leaves_beyond_supervisor"));
        return months.join(beyondSupervisor, new String[] {"month_start_on", "staff_id"}, "left")
                .select(col("month_start_on"), col("staff_id"),
                        col("on_last_day.staff_code").as("staff_code"), col("on_last_day.staff_name").as("staff_name"),
                        col("on_last_day.business_unit_code").as("business_unit_code"),
                        col("on_last_day.outlet_code").as("outlet_code"), col("on_last_day.position").as("position"),
                        col("on_last_day.grade").as("grade"), col("days_recorded"), col("days_present"),
                        col("personal_leave_days"), col("sick_leave_days"), col("absent_days"), col("hours"),
                        col("last_day_recorded_on"),
                        coalesce(col("leaves_beyond_supervisor"), lit(0L))
                                .as("leaves_beyond_supervisor"))
                .repartition(1).sortWithinPartitions("month_start_on", "business_unit_code", "outlet_code",
                        "staff_code");
    }

    private static Column days(String status) {
        return sum(when(col("status").equalTo(status), lit(1L)).otherwise(lit(0L)));
    }
}
