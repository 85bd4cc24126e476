package com.homeservices.dw.warehouse.analytics;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.dayofmonth;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.last_day;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.when;

import com.homeservices.dw.warehouse.policy.ProfitabilityPolicy;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;

/**
 * Outlet profitability per ISO week and per month, exactly as metrics.md defines it: revenue (completed orders'
 * amounts and cancelled orders' fees), direct labour (hours × the lead worker's hourly rate), claim cost (net cost
 * of the claims settled), outlet expenses, admin payroll (staff whose position is not {@code service_worker}),
 * the head-office allocation (the month's head-office cost × the outlet's share of the company's revenue that
 * month); a week takes each month's monthly costs × the days of the week in that month ÷ the days of the month.
 * Then profit, margin, the loss flag and (weekly) the review flag (a loss this week and the week before), and
 * (monthly) the daily revenue target and the actual daily revenue. Prorated and allocated amounts keep six
 * decimals (each one division, rounded half up once); sums of money two.
 */
public final class OutletProfitability {

    /** The five inputs (see docs/analytics.md), as the Parquet exports give them. */
    public record Inputs(
            /* outlet_code, status, completed_on, cancelled_on, amount, cancellation_fee, hours, lead_hourly_rate */
            Dataset<Row> orders,
            /* outlet_code, status, settled_on, net_cost */
            Dataset<Row> claims,
            /* outlet_code, month_on, kind (expense | payroll), position (payroll: the staff member's), amount */
            Dataset<Row> outletCosts,
            /* month_on, amount */
            Dataset<Row> headOffice,
            /* outlet_code, business_unit_code, opened_on, closed_on */
            Dataset<Row> outlets) {
    }

    /** Weekly rows (review flag) and monthly rows (daily target). */
    public record Result(Dataset<Row> weekly, Dataset<Row> monthly) {
    }

    private final ProfitabilityPolicy policy;

    public OutletProfitability(ProfitabilityPolicy policy) {
        this.policy = policy;
    }

    private static final DecimalType MONEY = Exact.MONEY;
    private static final DecimalType FINE = Exact.FINE;

    /**
     * Every ISO week whose Monday falls from {@code from}'s week to {@code to}'s, and every month from {@code from}'s
     * to {@code to}'s (reading the two months before for the daily target and the week before for the review flag).
     */
    public Result compute(Inputs in, LocalDate from, LocalDate to) {
        LocalDate firstMonth = from.withDayOfMonth(1);
        LocalDate lastMonth = to.withDayOfMonth(1);
        LocalDate firstWeek = from.with(DayOfWeek.MONDAY);
        LocalDate lastWeek = to.with(DayOfWeek.MONDAY);
        DaysRead read = daysRead(from, to, policy);
        LocalDate readFrom = read.from();
        LocalDate readTo = read.to();

        // Both results start from these two: cached, the orders are read and summed once, not once per result.
        Dataset<Row> daily = dailyAmounts(in).where(col("day").between(lit(Date.valueOf(readFrom)),
                lit(Date.valueOf(readTo)))).cache();
        Dataset<Row> monthlyCosts = monthlyCosts(in, daily).cache();

        Dataset<Row> monthly = monthly(in.outlets(), daily, monthlyCosts, readFrom, firstMonth, lastMonth);
        Dataset<Row> weekly = weekly(in.outlets(), daily, monthlyCosts, firstWeek, lastWeek);
        return new Result(weekly, monthly);
    }

    /**
     * The days {@link #compute} reads for a range: whole months, from two months before the first (the daily target;
     * the week before the first week, for the review flag, falls in them) to the end of the month holding the last
     * week's Sunday, as a week's share of a month's head-office cost goes by that whole month's revenue.
     */
    public record DaysRead(LocalDate from, LocalDate to) {
    }

    public static DaysRead daysRead(LocalDate from, LocalDate to, ProfitabilityPolicy policy) {
        LocalDate lastSunday = to.with(DayOfWeek.SUNDAY);
        return new DaysRead(from.withDayOfMonth(1).minusMonths(policy.targetMonthsBefore()),
                lastSunday.withDayOfMonth(lastSunday.lengthOfMonth()));
    }

    /**
     * Per outlet and day: revenue, direct labour, claim cost. Each order's amounts are summed as whole cents (a
     * {@code long}; a day's labour is the sum of each order's labour rounded to the cent): a sum of decimals is a
     * 28-digit decimal in Spark, added with a {@code BigDecimal} per order, which made this the routine's heaviest
     * stage.
     */
    private static Dataset<Row> dailyAmounts(Inputs in) {
        Column completed = col("status").equalTo("completed");
        Column cancelled = col("status").equalTo("cancelled");
        Dataset<Row> completedOrders = in.orders().where(completed.and(col("completed_on").isNotNull()))
                .select(col("outlet_code"), col("completed_on").as("day"), Exact.cents(col("amount")).as("revenue"),
                        coalesce(Exact.cents(col("hours").multiply(col("lead_hourly_rate"))), lit(0L)).as("labour"),
                        lit(0L).as("claim_cost"));
        Dataset<Row> fees = in.orders().where(cancelled.and(col("cancelled_on").isNotNull()))
                .select(col("outlet_code"), col("cancelled_on").as("day"),
                        coalesce(Exact.cents(col("cancellation_fee")), lit(0L)).as("revenue"), lit(0L).as("labour"),
                        lit(0L).as("claim_cost"));
        Dataset<Row> claims = in.claims().where(col("status").equalTo("settled").and(col("settled_on").isNotNull()))
                .select(col("outlet_code"), col("settled_on").as("day"), lit(0L).as("revenue"), lit(0L).as("labour"),
                        Exact.cents(col("net_cost")).as("claim_cost"));
        return completedOrders.unionByName(fees).unionByName(claims)
                .groupBy("outlet_code", "day")
                .agg(Exact.money(sum("revenue")).as("revenue"), Exact.money(sum("labour")).as("labour"),
                        Exact.money(sum("claim_cost")).as("claim_cost"));
    }

    /**
     * Per outlet and month: outlet expenses, admin payroll, and the head-office allocation's two parts (the month's
     * head-office cost × the outlet's revenue, and the company's revenue), kept apart so each prorated share is one
     * division.
     */
    private static Dataset<Row> monthlyCosts(Inputs in, Dataset<Row> daily) {
        Dataset<Row> costs = in.outletCosts()
                .groupBy(col("outlet_code"), trunc(col("month_on"), "month").as("month_on"))
                .agg(sum(when(col("kind").equalTo("expense"), col("amount")).otherwise(lit(BigDecimal.ZERO)))
                                .cast(MONEY).as("expenses"),
                        sum(when(col("kind").equalTo("payroll").and(coalesce(col("position"), lit(""))
                                .notEqual("service_worker")), col("amount")).otherwise(lit(BigDecimal.ZERO)))
                                .cast(MONEY).as("admin_payroll"));
        Dataset<Row> revenue = daily.groupBy(col("outlet_code"), trunc(col("day"), "month").as("month_on"))
                .agg(sum("revenue").cast(MONEY).as("month_revenue"));
        Dataset<Row> company = revenue.groupBy("month_on").agg(sum("month_revenue").cast(MONEY).as("company_revenue"));
        Dataset<Row> headOffice = in.headOffice().groupBy(trunc(col("month_on"), "month").as("month_on"))
                .agg(sum("amount").cast(MONEY).as("head_office"));
        return costs.join(revenue, new String[] {"outlet_code", "month_on"}, "full")
                .join(company, new String[] {"month_on"}, "left")
                .join(headOffice, new String[] {"month_on"}, "left")
                .select(col("outlet_code"), col("month_on"),
                        coalesce(col("expenses"), zero()).as("expenses"),
                        coalesce(col("admin_payroll"), zero()).as("admin_payroll"),
                        coalesce(col("month_revenue"), zero()).as("month_revenue"),
                        coalesce(col("company_revenue"), zero()).as("company_revenue"),
                        coalesce(col("head_office"), zero()).as("head_office"));
    }

    private Dataset<Row> monthly(Dataset<Row> outlets, Dataset<Row> daily, Dataset<Row> monthlyCosts,
                                        LocalDate readFrom, LocalDate firstMonth, LocalDate lastMonth) {
        Dataset<Row> flows = daily.groupBy(col("outlet_code"), trunc(col("day"), "month").as("month_on"))
                .agg(sum("revenue").as("revenue"), sum("labour").as("labour"), sum("claim_cost").as("claim_cost"));
        Dataset<Row> months = periods(outlets, readFrom.withDayOfMonth(1), lastMonth, "1 month", "month_on",
                col("month_on"), last_day(col("month_on")));
        Column days = dayofmonth(last_day(col("month_on")));
        Dataset<Row> rows = months
                .join(flows, new String[] {"outlet_code", "month_on"}, "left")
                .join(monthlyCosts, new String[] {"outlet_code", "month_on"}, "left")
                .select(col("outlet_code"), col("business_unit_code"), col("month_on"), col("open"),
                        money("revenue"), money("labour"), money("claim_cost"), money("expenses"),
                        money("admin_payroll"),
                        share(col("head_office").multiply(col("month_revenue")), col("company_revenue"))
                                .as("head_office_allocation"));
        // the months before and this one, for the variable cost ratio: every outlet has a row for every month
        WindowSpec threeMonths = Window.partitionBy("outlet_code").orderBy("month_on")
                .rowsBetween(-policy.targetMonthsBefore(), 0);
        Dataset<Row> withTrailing = rows
                .withColumn("revenue_3m", sum(col("revenue")).over(threeMonths).cast(MONEY))
                .withColumn("variable_costs_3m", sum(col("labour").plus(col("claim_cost"))).over(threeMonths)
                        .cast(MONEY));
        Column fixed = col("expenses").plus(col("admin_payroll")).plus(col("head_office_allocation"));
        Column revenue3 = col("revenue_3m");
        Column variable3 = col("variable_costs_3m");
        Column target = when(revenue3.leq(lit(0)), lit(null).cast(FINE))
                .when(variable3.geq(revenue3.multiply(lit(policy.variableCostCap()))),
                        divide(fixed, lit(BigDecimal.ONE.subtract(policy.variableCostCap())).multiply(days)))
                .otherwise(divide(fixed.multiply(revenue3), revenue3.minus(variable3).multiply(days)));
        Dataset<Row> result = withTrailing
                .where(col("month_on").between(lit(Date.valueOf(firstMonth)), lit(Date.valueOf(lastMonth))))
                .withColumn("profit", profit())
                .where(col("open").or(anyAmount()))
                .select(col("month_on").as("month_start_on"), col("business_unit_code"), col("outlet_code"),
                        col("revenue"), col("labour").as("direct_labour"), col("claim_cost"),
                        col("expenses").as("outlet_expenses"), col("admin_payroll"), col("head_office_allocation"),
                        col("profit"), Exact.moneyRatio(col("profit"), col("revenue")).as("margin"),
                        col("profit").lt(lit(0)).as("loss"),
                        target.as("daily_revenue_target"),
                        divide(col("revenue"), days).as("actual_daily_revenue"));
        return result.repartition(1).sortWithinPartitions("month_start_on", "business_unit_code", "outlet_code");
    }

    private static Dataset<Row> weekly(Dataset<Row> outlets, Dataset<Row> daily, Dataset<Row> monthlyCosts,
                                       LocalDate firstWeek, LocalDate lastWeek) {
        LocalDate readFrom = firstWeek.minusWeeks(1);
        Dataset<Row> flows = daily.groupBy(col("outlet_code"), date_trunc("week", col("day")).cast("date")
                        .as("week_on"))
                .agg(sum("revenue").as("revenue"), sum("labour").as("labour"), sum("claim_cost").as("claim_cost"));
        // the days of each week in each month: a week across two months takes a share of each
        Dataset<Row> weekMonths = daily.sparkSession().range(1)
                .select(explode(sequence(lit(Date.valueOf(readFrom)), lit(Date.valueOf(lastWeek.plusDays(6))),
                        expr("interval 1 day"))).as("day"))
                .groupBy(date_trunc("week", col("day")).cast("date").as("week_on"),
                        trunc(col("day"), "month").as("month_on"))
                .agg(count(lit(1)).as("days_in_week"));
        Column daysInMonth = dayofmonth(last_day(col("month_on")));
        Dataset<Row> prorated = monthlyCosts.join(weekMonths, "month_on")
                .groupBy("outlet_code", "week_on")
                .agg(sum(divide(col("expenses").multiply(col("days_in_week")), daysInMonth)).as("expenses"),
                        sum(divide(col("admin_payroll").multiply(col("days_in_week")), daysInMonth))
                                .as("admin_payroll"),
                        sum(share(col("head_office").multiply(col("month_revenue")).multiply(col("days_in_week")),
                                col("company_revenue").multiply(daysInMonth))).as("head_office_allocation"));
        Dataset<Row> weeks = periods(outlets, readFrom, lastWeek, "7 days", "week_on", col("week_on"),
                date_add(col("week_on"), 6));
        Dataset<Row> rows = weeks
                .join(flows, new String[] {"outlet_code", "week_on"}, "left")
                .join(prorated, new String[] {"outlet_code", "week_on"}, "left")
                .select(col("outlet_code"), col("business_unit_code"), col("week_on"), col("open"),
                        money("revenue"), money("labour"), money("claim_cost"), fine("expenses"),
                        fine("admin_payroll"), fine("head_office_allocation"))
                .withColumn("profit", profit())
                .withColumn("loss", col("profit").lt(lit(0)));
        // every outlet has a row for every week, the week before the first included
        Dataset<Row> result = rows
                .withColumn("loss_week_before", lag(col("loss"), 1).over(Window.partitionBy("outlet_code")
                        .orderBy("week_on")))
                .where(col("week_on").between(lit(Date.valueOf(firstWeek)), lit(Date.valueOf(lastWeek))))
                .where(col("open").or(anyAmount()))
                .select(col("week_on").as("week_start_on"), col("business_unit_code"), col("outlet_code"),
                        col("revenue"), col("labour").as("direct_labour"), col("claim_cost"),
                        col("expenses").as("outlet_expenses"), col("admin_payroll"), col("head_office_allocation"),
                        col("profit"), Exact.moneyRatio(col("profit"), col("revenue")).as("margin"),
                        col("loss"), col("loss").and(coalesce(col("loss_week_before"), lit(false))).as("review"));
        return result.repartition(1).sortWithinPartitions("week_start_on", "business_unit_code", "outlet_code");
    }

    /**
     * Every outlet × every period from {@code first} to {@code last} (stepping {@code step}), with whether the outlet
     * was open during it (opened on or before its last day, not closed before its first).
     */
    private static Dataset<Row> periods(Dataset<Row> outlets, LocalDate first, LocalDate last, String step,
                                        String name, Column start, Column end) {
        Dataset<Row> periods = outlets.sparkSession().range(1)
                .select(explode(sequence(lit(Date.valueOf(first)), lit(Date.valueOf(last)), expr("interval " + step)))
                        .as(name));
        return outlets.crossJoin(periods)
                .withColumn("open", col("opened_on").isNull().or(col("opened_on").leq(end))
                        .and(col("closed_on").isNull().or(col("closed_on").geq(start))))
                .select(col("outlet_code"), col("business_unit_code"), col(name), col("open"));
    }

    private static Column profit() {
        return col("revenue").minus(col("labour")).minus(col("claim_cost")).minus(col("expenses"))
                .minus(col("admin_payroll")).minus(col("head_office_allocation")).cast(FINE);
    }

    private static Column anyAmount() {
        Column any = lit(false);
        for (String amount : List.of("revenue", "labour", "claim_cost", "expenses", "admin_payroll",
                "head_office_allocation")) {
            any = any.or(col(amount).notEqual(lit(0)));
        }
        return any;
    }

    /** {@code numerator ÷ denominator} with six decimals, half up, or zero when the denominator is zero. */
    private static Column share(Column numerator, Column denominator) {
        return when(coalesce(denominator, lit(0)).equalTo(lit(0)), lit(BigDecimal.ZERO).cast(FINE))
                .otherwise(divide(numerator, denominator));
    }

    /**
     * One exact division rounded half up once, at the sixth decimal: a numerator of at most eight decimals over a
     * denominator of at most two makes Spark's quotient scale exactly 6 (38 digits, 32 of them whole).
     */
    private static Column divide(Column numerator, Column denominator) {
        return numerator.cast(DataTypes.createDecimalType(38, 8))
                .divide(denominator.cast(DataTypes.createDecimalType(24, 2))).cast(FINE);
    }

    private static Column money(String name) {
        return coalesce(col(name), zero()).cast(MONEY).as(name);
    }

    private static Column fine(String name) {
        return coalesce(col(name), lit(BigDecimal.ZERO)).cast(FINE).as(name);
    }

    private static Column zero() {
        return lit(BigDecimal.ZERO).cast(MONEY);
    }
}
