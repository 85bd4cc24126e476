package com.homeservices.dw.warehouse.analytics;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.ceil;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_sub;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.last_day;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.ntile;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.when;

import com.homeservices.dw.warehouse.policy.SegmentationPolicy;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.YearMonth;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Customer segmentation per month, as of the month's last day over the trailing 12 months, exactly as metrics.md
 * defines it: revenue and completed orders per customer, the Pareto ranking and top fifth (ties by customer code),
 * the flags (key account, premium, loyal, long-term, at risk, watch), the primary segment (or lapsed), RFM
 * quintiles as SQL's {@code NTILE(5)} from worst to best, and the product mix over all active customers and over
 * the premium ones; customers with an order before the window but none in it are counted as lapsed. Thresholds from
 * {@code policy.segmentation}.
 *
 * <p>Inputs: orders {@code customer_id, status, completed_on, cancelled_on, amount, cancellation_fee,
 * product_category}; customers {@code customer_id, customer_code, kind} (the current version); customer flags
 * {@code customer_id, noted_on}.
 */
public final class CustomerSegmentation {

    /**
     * Per active customer and month; per month and segment (lapsed customers counted here, not listed); the Pareto
     * summary per month; the product mix per month.
     */
    public record Result(Dataset<Row> customers, Dataset<Row> segments, Dataset<Row> pareto, Dataset<Row> productMix) {
    }

    private final SegmentationPolicy policy;

    public CustomerSegmentation(SegmentationPolicy policy) {
        this.policy = policy;
    }

    /** Every month from {@code first} to {@code last}, each as of its last day. */
    public Result compute(Dataset<Row> orders, Dataset<Row> customers, Dataset<Row> flags, YearMonth first,
                          YearMonth last) {
        Column firstMonth = lit(Date.valueOf(first.atDay(1)));
        Column lastMonth = lit(Date.valueOf(last.atDay(1)));
        Dataset<Row> months = orders.sparkSession().range(1).select(explode(sequence(firstMonth, lastMonth,
                expr("interval 1 month"))).as("month_start_on"));

        // Orders are summed per customer and month first; each such month then counts in the twelve windows that
        // hold it (its own month's and the 11 after), so the work grows with customer-months, not orders × 12.
        Dataset<Row> completed = orders.where(col("status").equalTo("completed").and(col("completed_on").isNotNull()));
        Dataset<Row> customerMonths = completed
                .select(col("customer_id"), col("completed_on").as("day"), col("amount").as("revenue"),
                        lit(1L).as("orders"))
                .unionByName(orders.where(col("status").equalTo("cancelled").and(col("cancelled_on").isNotNull()))
                        .select(col("customer_id"), col("cancelled_on").as("day"),
                                coalesce(col("cancellation_fee"), lit(BigDecimal.ZERO)).as("revenue"),
                                lit(0L).as("orders")))
                .groupBy(col("customer_id"), trunc(col("day"), "month").as("event_month"))
                .agg(sum("revenue").as("revenue"), sum("orders").as("orders"),
                        max(when(col("orders").equalTo(1), col("day"))).as("last_order_on"));
        Dataset<Row> windowed = inWindows(customerMonths, firstMonth, lastMonth)
                .groupBy("month_start_on", "customer_id")
                .agg(sum("revenue").cast(Exact.MONEY).as("revenue"), sum("orders").as("orders"),
                        sum(when(col("orders").gt(0), 1L).otherwise(0L)).as("order_months"),
                        max("last_order_on").as("last_order_on"));
        Dataset<Row> flaggedMonths = inWindows(flags.select(col("customer_id"),
                        trunc(col("noted_on"), "month").as("event_month")).distinct(), firstMonth, lastMonth)
                .select(col("month_start_on"), col("customer_id"), lit(true).as("flagged")).distinct();
        Dataset<Row> firstOrders = completed.groupBy("customer_id").agg(min("completed_on").as("first_order_on"));

        WindowSpec byMonth = Window.partitionBy("month_start_on");
        Column asOf = last_day(col("month_start_on"));
        Dataset<Row> active = windowed.where(col("orders").gt(0))
                .join(customers, "customer_id")
                .join(firstOrders, "customer_id")
                .join(flaggedMonths, new String[] {"month_start_on", "customer_id"}, "left")
                .withColumn("recency_days", datediff(asOf, col("last_order_on")))
                .withColumn("pareto_rank", row_number().over(byMonth.orderBy(col("revenue").desc(),
                        col("customer_code"))))
                .withColumn("active_customers", count(lit(1)).over(byMonth))
                .withColumn("top_fifth", col("pareto_rank").leq(
                        ceil(col("active_customers").multiply(lit(policy.topShare())))))
                .withColumn("r_score", ntile(5).over(byMonth.orderBy(col("recency_days").desc(), col("customer_code"))))
                .withColumn("f_score", ntile(5).over(byMonth.orderBy(col("orders"), col("customer_code"))))
                .withColumn("m_score", ntile(5).over(byMonth.orderBy(col("revenue"), col("customer_code"))))
                .withColumn("watch", coalesce(col("flagged"), lit(false)))
                .withColumn("key_account", col("kind").equalTo("enterprise")
                        .and(col("revenue").geq(lit(policy.keyAccountRevenue()))))
                .withColumn("premium", col("top_fifth").and(col("watch").unary_$bang()))
                .withColumn("loyal", col("order_months").geq(lit(policy.loyalMonths())))
                .withColumn("long_term", col("first_order_on").leq(add_months(asOf, -policy.longTermMonths())))
                .withColumn("at_risk", col("last_order_on").leq(date_sub(asOf, policy.atRiskDays())))
                .withColumn("segment", when(col("key_account"), lit("key_account"))
                        .when(col("premium"), lit("premium"))
                        .when(col("loyal"), lit("loyal"))
                        .when(col("long_term"), lit("long_term"))
                        .when(col("at_risk"), lit("at_risk"))
                        .otherwise(lit("regular")))
                .cache();

        // Spread by month (a mart holds tens of months of tens of thousands of customers): one task per month group.
        Dataset<Row> customerRows = active
                .select(col("month_start_on"), col("customer_id"), col("customer_code"), col("kind"),
                        col("segment"), col("first_order_on"), col("revenue"), col("orders"), col("order_months"),
                        col("last_order_on"), col("recency_days"), col("pareto_rank"), col("top_fifth"),
                        col("key_account"), col("premium"), col("loyal"), col("long_term"), col("at_risk"),
                        col("watch"), col("r_score"), col("f_score"), col("m_score"))
                .repartition(col("month_start_on")).sortWithinPartitions("month_start_on", "customer_code");

        // Lapsed: every customer whose first order came by the month's end, less the active ones.
        Dataset<Row> everOrdered = months.join(firstOrders, firstOrders.col("first_order_on")
                        .leq(last_day(months.col("month_start_on"))))
                .groupBy("month_start_on").agg(count(lit(1)).as("ever_ordered"));
        Dataset<Row> activeSegments = active.groupBy("month_start_on", "segment")
                .agg(count(lit(1)).as("customers"), sum("revenue").cast(Exact.MONEY).as("revenue"));
        Dataset<Row> lapsed = everOrdered
                .join(active.groupBy("month_start_on").agg(count(lit(1)).as("active")), new String[] {"month_start_on"},
                        "left")
                .select(col("month_start_on"), lit("lapsed").as("segment"),
                        col("ever_ordered").minus(coalesce(col("active"), lit(0L))).as("customers"),
                        lit(BigDecimal.ZERO).cast(Exact.MONEY).as("revenue"))
                .where(col("customers").gt(0));
        Dataset<Row> segments = activeSegments.unionByName(lapsed)
                .repartition(1).sortWithinPartitions("month_start_on", "segment");

        Dataset<Row> pareto = active.groupBy("month_start_on").agg(
                        count(lit(1)).as("active_customers"),
                        sum(when(col("top_fifth"), 1L).otherwise(0L)).as("top_fifth_customers"),
                        sum("revenue").cast(Exact.MONEY).as("revenue"),
                        sum(when(col("top_fifth"), col("revenue")).otherwise(lit(BigDecimal.ZERO)))
                                .cast(Exact.MONEY).as("top_fifth_revenue"))
                .withColumn("top_fifth_share", Exact.moneyRatio(col("top_fifth_revenue"), col("revenue")))
                .repartition(1).sortWithinPartitions("month_start_on");

        // All active customers: every completed order in the window, so categories are summed before the windows.
        Dataset<Row> allMix = mix(inWindows(completed
                .groupBy(trunc(col("completed_on"), "month").as("event_month"), col("product_category"))
                .agg(count(lit(1)).as("orders"), sum("amount").as("amount")), firstMonth, lastMonth), "all");
        // Premium customers: each premium customer-month reaches back over its window's months to their orders.
        Dataset<Row> premiumWindows = active.where(col("premium"))
                .select(col("month_start_on"), col("customer_id"), explode(sequence(
                        add_months(col("month_start_on"), -11), col("month_start_on"), expr("interval 1 month")))
                        .as("event_month"));
        Dataset<Row> customerCategoryMonths = completed
                .groupBy(col("customer_id"), trunc(col("completed_on"), "month").as("event_month"),
                        col("product_category"))
                .agg(count(lit(1)).as("orders"), sum("amount").as("amount"));
        Dataset<Row> premiumMix = mix(premiumWindows.join(customerCategoryMonths,
                new String[] {"customer_id", "event_month"}), "premium");
        Dataset<Row> productMix = allMix.unionByName(premiumMix)
                .repartition(1).sortWithinPartitions("month_start_on", "population", "product_category");
        return new Result(customerRows, segments, pareto, productMix);
    }

    /** Rows of an event month, each once for every month from {@code first} to {@code last} whose window holds it. */
    private static Dataset<Row> inWindows(Dataset<Row> rows, Column first, Column last) {
        return rows.withColumn("month_start_on", explode(sequence(col("event_month"), add_months(col("event_month"), 11),
                        expr("interval 1 month"))))
                .where(col("month_start_on").between(first, last));
    }

    /** Completed orders and their amounts (fees not included) per product category, with their shares. */
    private static Dataset<Row> mix(Dataset<Row> categoryMonths, String population) {
        WindowSpec byMonth = Window.partitionBy("month_start_on");
        return categoryMonths.groupBy("month_start_on", "product_category")
                .agg(sum("orders").as("orders"), sum("amount").cast(Exact.MONEY).as("amount"))
                .withColumn("order_share", Exact.ratio(col("orders"), sum("orders").over(byMonth)))
                .withColumn("amount_share", Exact.moneyRatio(col("amount"), sum("amount").over(byMonth)))
                .select(col("month_start_on"), lit(population).as("population"), col("product_category"),
                        col("orders"), col("amount"), col("order_share"), col("amount_share"));
    }
}
