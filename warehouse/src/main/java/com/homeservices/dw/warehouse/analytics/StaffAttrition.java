package com.homeservices.dw.warehouse.analytics;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.last_day;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.when;

import com.homeservices.dw.warehouse.policy.AttritionPolicy;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;

/**
 * Staff attrition per month, exactly as metrics.md defines it, for the company and per business unit, outlet,
 * position and tenure band: headcount at the month's first and last day, hires, separations, average headcount,
 * the attrition rate, voluntary / involuntary / other separations and their rates, early attrition (a separation
 * within {@code policy.earlyDays} of the hire), and the trailing 12-month rate. docs/analytics.md has the rules.
 *
 * <p>Input: every version of every staff member with {@code staff_id, business_unit_code, outlet_code, position,
 * valid_from, valid_to (inclusive), is_current, hired_on, left_on, leave_reason}. A person's hired_on, left_on and
 * leave_reason are their current version's; where they are counted is the version valid on the day counted.
 */
public final class StaffAttrition {

    /** The cuts every month is reported by, in the mart's order. */
    public static final List<String> CUTS = List.of("company", "business_unit", "outlet", "position", "tenure_band");

    private static final DecimalType HALVES = DataTypes.createDecimalType(20, 1);
    private static final LocalDate FOREVER = LocalDate.of(9999, 12, 31);

    private final AttritionPolicy policy;

    public StaffAttrition(AttritionPolicy policy) {
        this.policy = policy;
    }

    /** Computes every month from {@code first} to {@code last}, both included (reading the 11 months before too). */
    public Dataset<Row> compute(Dataset<Row> staffVersions, YearMonth first, YearMonth last) {
        SparkSession spark = staffVersions.sparkSession();
        YearMonth lookBack = first.minusMonths(11);
        List<Date> monthStarts = new ArrayList<>();
        for (YearMonth m = lookBack; !m.isAfter(last); m = m.plusMonths(1)) {
            monthStarts.add(Date.valueOf(m.atDay(1)));
        }
        Dataset<Row> months = spark.createDataset(monthStarts, Encoders.DATE()).toDF("month_start_on")
                .withColumn("month_end_on", last_day(col("month_start_on")));

        Dataset<Row> people = staffVersions.where(col("is_current"))
                .select(col("staff_id"), col("hired_on"), col("left_on"), col("leave_reason"));
        Dataset<Row> headcounts = people.crossJoin(months);
        Column stillThere = coalesce(col("left_on"), lit(Date.valueOf(FOREVER)));
        Dataset<Row> atStart = headcounts
                .where(col("hired_on").leq(col("month_start_on")).and(stillThere.geq(col("month_start_on"))))
                .select(col("staff_id"), col("hired_on"), col("left_on"), col("leave_reason"),
                        col("month_start_on"), col("month_start_on").as("day"), lit("start").as("event"));
        Dataset<Row> atEnd = headcounts
                .where(col("hired_on").leq(col("month_end_on")).and(stillThere.geq(col("month_end_on"))))
                .select(col("staff_id"), col("hired_on"), col("left_on"), col("leave_reason"),
                        col("month_start_on"), col("month_end_on").as("day"), lit("end").as("event"));
        Column from = lit(Date.valueOf(lookBack.atDay(1)));
        Column to = lit(Date.valueOf(last.atEndOfMonth()));
        Dataset<Row> hires = people.where(col("hired_on").between(from, to))
                .select(col("staff_id"), col("hired_on"), col("left_on"), col("leave_reason"),
                        trunc(col("hired_on"), "month").as("month_start_on"), col("hired_on").as("day"),
                        lit("hire").as("event"));
        Dataset<Row> separations = people.where(col("left_on").between(from, to))
                .select(col("staff_id"), col("hired_on"), col("left_on"), col("leave_reason"),
                        trunc(col("left_on"), "month").as("month_start_on"), col("left_on").as("day"),
                        lit("separation").as("event"));

        Dataset<Row> versions = staffVersions.select(col("staff_id").as("version_staff_id"), col("business_unit_code"),
                col("outlet_code"), col("position"), col("valid_from"), col("valid_to"));
        Dataset<Row> events = atStart.unionByName(atEnd).unionByName(hires).unionByName(separations)
                .join(versions, col("staff_id").equalTo(col("version_staff_id"))
                        .and(col("day").between(col("valid_from"), col("valid_to"))))
                .withColumn("tenure_band", tenureBand(col("day"), col("hired_on")))
                .withColumn("cut", explode(array(
                        cut("company", lit("all")),
                        cut("business_unit", col("business_unit_code")),
                        cut("outlet", col("outlet_code")),
                        cut("position", col("position")),
                        cut("tenure_band", col("tenure_band")))));

        Column isSeparation = col("event").equalTo("separation");
        Column reason = col("leave_reason");
        Dataset<Row> monthly = events
                .groupBy(col("month_start_on"), col("cut.name").as("cut"), col("cut.value").as("cut_value"))
                .agg(count(col("event").equalTo("start")).as("headcount_start"),
                        count(col("event").equalTo("end")).as("headcount_end"),
                        count(col("event").equalTo("hire")).as("hires"),
                        count(isSeparation).as("separations"),
                        count(isSeparation.and(reason.equalTo("resigned"))).as("voluntary_separations"),
                        count(isSeparation.and(reason.isin("dismissed", "probation_failed")))
                                .as("involuntary_separations"),
                        count(isSeparation.and(coalesce(reason, lit("")).isin("resigned", "dismissed",
                                "probation_failed").unary_$bang())).as("other_separations"),
                        count(isSeparation.and(datediff(col("left_on"), col("hired_on"))
                                .lt(lit(policy.earlyDays())))).as("early_separations"))
                .withColumn("average_headcount",
                        Exact.whole(col("headcount_start").plus(col("headcount_end"))).divide(lit(2)).cast(HALVES))
                // the trailing figures read the month's figures three times: counted once, not three times
                .localCheckpoint();

        return trailing(monthly, first, last);
    }

    /**
     * Each cut value's month with the 12 months ending with it: the month's own figures (zero when it had none) and
     * the trailing rate. A row exists for every cut value and month with any headcount or event in those 12 months.
     */
    private static Dataset<Row> trailing(Dataset<Row> monthly, YearMonth first, YearMonth last) {
        Dataset<Row> window = monthly.select(col("cut").as("w_cut"), col("cut_value").as("w_value"),
                col("month_start_on").as("w_month"), col("separations").as("w_separations"),
                col("average_headcount").as("w_average"));
        Dataset<Row> targets = monthly.select(col("cut"), col("cut_value")).distinct()
                .crossJoin(monthly.sparkSession().createDataset(monthsOf(first, last), Encoders.DATE())
                        .toDF("month_start_on"));
        Dataset<Row> withTrailing = targets
                .join(window, col("cut").equalTo(col("w_cut")).and(col("cut_value").equalTo(col("w_value")))
                        .and(col("w_month").between(add_months(col("month_start_on"), -11), col("month_start_on"))))
                .groupBy(col("month_start_on"), col("cut"), col("cut_value"))
                .agg(sum(col("w_separations")).as("trailing_separations"),
                        sum(col("w_average")).as("trailing_average_sum"));
        List<String> measures = List.of("headcount_start", "headcount_end", "hires", "separations",
                "voluntary_separations", "involuntary_separations", "other_separations", "early_separations");
        Dataset<Row> joined = withTrailing.join(monthly, new String[] {"month_start_on", "cut", "cut_value"}, "left");
        List<Column> out = new ArrayList<>(List.of(col("month_start_on"), col("cut"), col("cut_value")));
        for (String measure : measures) {
            out.add(coalesce(col(measure), lit(0L)).as(measure));
        }
        Column average = coalesce(col("average_headcount"), lit(0).cast(HALVES));
        out.add(average.as("average_headcount"));
        out.add(Exact.ratio(coalesce(col("separations"), lit(0L)), average).as("attrition_rate"));
        for (String part : List.of("voluntary", "involuntary", "other", "early")) {
            out.add(Exact.ratio(coalesce(col(part + "_separations"), lit(0L)), average).as(part + "_rate"));
        }
        out.add(col("trailing_separations"));
        out.add(col("trailing_average_sum").divide(lit(12)).cast(Exact.FINE).as("trailing_average_headcount"));
        // separations ÷ (sum of the 12 averages ÷ 12), as one exact division
        out.add(Exact.ratio(col("trailing_separations").multiply(lit(12)), col("trailing_average_sum"))
                .as("trailing_attrition_rate"));
        return joined.select(out.toArray(Column[]::new))
                .repartition(1).sortWithinPartitions(col("month_start_on"), cutOrder(col("cut")), col("cut_value"));
    }

    /** The tenure band on {@code day} of someone hired on {@code hiredOn}, by calendar months (the policy's bounds). */
    Column tenureBand(Column day, Column hiredOn) {
        List<Integer> bounds = policy.tenureBandMonths();
        List<String> bands = policy.tenureBands();
        Column band = when(day.lt(add_months(hiredOn, bounds.get(0))), lit(bands.get(0)));
        for (int i = 1; i < bounds.size(); i++) {
            band = band.when(day.lt(add_months(hiredOn, bounds.get(i))), lit(bands.get(i)));
        }
        return band.otherwise(lit(bands.get(bands.size() - 1)));
    }

    private static Column cut(String name, Column value) {
        return struct(lit(name).as("name"), value.as("value"));
    }

    /** A count of the rows where {@code condition} holds. */
    private static Column count(Column condition) {
        return sum(when(condition, lit(1L)).otherwise(lit(0L)));
    }

    private static Column cutOrder(Column cut) {
        Column order = when(cut.equalTo(CUTS.get(0)), lit(0));
        for (int i = 1; i < CUTS.size(); i++) {
            order = order.when(cut.equalTo(CUTS.get(i)), lit(i));
        }
        return order;
    }

    private static List<Date> monthsOf(YearMonth first, YearMonth last) {
        List<Date> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(Date.valueOf(m.atDay(1)));
        }
        return months;
    }
}
