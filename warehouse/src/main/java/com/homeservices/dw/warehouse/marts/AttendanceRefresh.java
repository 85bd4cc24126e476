package com.homeservices.dw.warehouse.marts;

import com.homeservices.dw.warehouse.SqlFiles;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.analytics.AttendanceSummary;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Recomputes {@code mart_attendance_staff_month} and {@code mart_attendance_leave} for a range of months with
 * {@link AttendanceSummary}, both marts' ranges swapped in one transaction.
 */
public final class AttendanceRefresh extends MonthlyRefresh {

    public static final String STAFF = "mart_attendance_staff_month";
    public static final String LEAVES = "mart_attendance_leave";

    /**
     * How far before the first month the rows are read: far enough to find each person's row before the month's
     * first, which tells whether a leave was already under way (a gap of three months without any row would be
     * needed to mistake a run's continuation for its start).
     */
    static final int LOOK_BACK_DAYS = 92;

    public AttendanceRefresh(Warehouse warehouse, SparkSession spark, Path workFolder) {
        super("attendance", List.of(STAFF, LEAVES), warehouse, spark, workFolder);
    }

    @Override
    public void refresh(YearMonth first, YearMonth last) {
        ParquetExchange exchange = exchange();
        // Every row from before the first month on: a leave that starts in the last month counts its later days too.
        Dataset<Row> attendance = exchange.toSpark(spark, "attendance",
                SqlFiles.read("marts/attendance_for_spark.sql"),
                Map.of("read_from", first.atDay(1).minusDays(LOOK_BACK_DAYS)));
        AttendanceSummary.Result result = new AttendanceSummary(warehouse.policy().leave())
                .compute(attendance, first, last);
        result.staffMonths().write().mode("overwrite").parquet(exchange.outputFolder("staff"));
        result.leaves().write().mode("overwrite").parquet(exchange.outputFolder("leaves"));
        // Names travel with the rows, so that reports read the marts alone.
        MartSwap.replace(warehouse,
                new MartSwap.Part(STAFF, "month_start_on", first.atDay(1), last.atDay(1), last.atEndOfMonth(),
                        "insert into " + STAFF + " by name select staff.*, outlet_name, business_unit_name_en,"
                                + " business_unit_name_zh from " + exchange.readBack("staff") + " as staff"
                                + " join dim_outlet using (outlet_code)"),
                new MartSwap.Part(LEAVES, "month_start_on", first.atDay(1), last.atDay(1), last.atEndOfMonth(),
                        "insert into " + LEAVES + " by name select leaves.*, outlet_name from "
                                + exchange.readBack("leaves") + " as leaves join dim_outlet using (outlet_code)"));
    }
}
