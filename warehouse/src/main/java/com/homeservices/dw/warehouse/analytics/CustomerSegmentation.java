package com.homeservices.dw.warehouse.analytics;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.ceil;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
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
import java.util.Arrays;
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
 * the premium ones. Thresholds from {@code policy.segmentation}.
 *
 * <p>Inputs: orders {@code customer_id, status, completed_on, cancelled_on, amount, cancellation_fee,
 * product_category}; customers {@code customer_id, customer_code, kind} (the current version); customer flags
 * {@code customer_id, noted_on}.
 */
public final class CustomerSegmentation {

    /** Per customer and month, the Pareto summary per month, the product mix per month. */
    public record Result(Dataset<Row> customers, Dataset<Row> pareto, Dataset<Row> productMix) {
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
        // Each order or fee counts in the twelve months whose window holds its day: its own month and the 11 after.
        Column windows = explode(sequence(col("event_month"), add_months(col("event_month"), 11),
                expr("interval 1 month")));
        Dataset<Row> completed = orders.where(col("status").equalTo("completed").and(col("completed_on").isNotNull()))
                .select(col("customer_id"), col("completed_on").as("day"), col("amount").as("revenue"),
                        lit(1L).as("orders"), col("product_category"), col("amount").as("order_amount"));
        Dataset<Row> fees = orders.where(col("status").equalTo("cancelled").and(col("cancelled_on").isNotNull()))
                .select(col("customer_id"), col("cancelled_on").as("day"),
                        coalesce(col("cancellation_fee"), lit(BigDecimal.ZERO)).as("revenue"), lit(0L).as("orders"),
                        lit(null).cast("string").as("product_category"), lit(null).cast(Exact.MONEY).as("order_amount"));
        Dataset<Row> events = completed.unionByName(fees)
                .withColumn("event_month", trunc(col("day"), "month"))
                .withColumn("month_start_on", windows)
                .where(col("month_start_on").between(firstMonth, lastMonth))
                .cache();

        Dataset<Row> perCustomer = events.groupBy("month_start_on", "customer_id").agg(
                sum("revenue").cast(Exact.MONEY).as("revenue"),
                sum("orders").as("orders"),
                count_distinct(when(col("orders").equalTo(1), col("event_month"))).as("order_months"),
                max(when(col("orders").equalTo(1), col("day"))).as("last_order_on"));
        Dataset<Row> firstOrders = orders.where(col("status").equalTo("completed").and(col("completed_on").isNotNull()))
                .groupBy("customer_id").agg(min("completed_on").as("first_order_on"));
        Dataset<Row> flagged = flags.select(col("customer_id").as("flag_customer_id"), col("noted_on"));
        Dataset<Row> months = orders.sparkSession().range(1).select(explode(sequence(firstMonth, lastMonth,
                expr("interval 1 month"))).as("month_start_on"));

        // Every customer with a completed order on or before a month's last day is active in it or lapsed.
        Dataset<Row> known = customers.crossJoin(months)
                .join(firstOrders, "customer_id")
                .where(col("first_order_on").leq(last_day(col("month_start_on"))))
                .join(perCustomer, new String[] {"month_start_on", "customer_id"}, "left")
                .withColumn("as_of", last_day(col("month_start_on")))
                .withColumn("window_start", add_months(col("month_start_on"), -11));
        Dataset<Row> withFlags = known.join(flagged, col("customer_id").equalTo(col("flag_customer_id"))
                                .and(col("noted_on").between(col("window_start"), col("as_of"))), "left")
                .groupBy(Arrays.stream(known.columns()).map(c -> col(c)).toArray(Column[]::new))
                .agg(count(col("noted_on")).as("flags_in_window"));

        Column active = coalesce(col("orders"), lit(0L)).gt(lit(0));
        WindowSpec byMonth = Window.partitionBy("month_start_on");
        Dataset<Row> activeRows = withFlags.where(active)
                .withColumn("recency_days", datediff(col("as_of"), col("last_order_on")))
                .withColumn("pareto_rank", row_number().over(byMonth.orderBy(col("revenue").desc(),
                        col("customer_code"))))
                .withColumn("active_customers", count(lit(1)).over(byMonth))
                .withColumn("top_fifth", col("pareto_rank").leq(
                        ceil(col("active_customers").multiply(lit(policy.topShare())))))
                .withColumn("r_score", ntile(5).over(byMonth.orderBy(col("recency_days").desc(), col("customer_code"))))
                .withColumn("f_score", ntile(5).over(byMonth.orderBy(col("orders"), col("customer_code"))))
                .withColumn("m_score", ntile(5).over(byMonth.orderBy(col("revenue"), col("customer_code"))))
                .withColumn("key_account", col("kind").equalTo("enterprise")
                        .and(col("revenue").geq(lit(policy.keyAccountRevenue()))))
                .withColumn("premium", col("top_fifth").and(col("flags_in_window").equalTo(0)))
                .withColumn("loyal", col("order_months").geq(lit(policy.loyalMonths())))
                .withColumn("long_term", col("first_order_on").leq(add_months(col("as_of"),
                        -policy.longTermMonths())))
                .withColumn("at_risk", col("last_order_on").leq(date_sub(col("as_of"), policy.atRiskDays())))
                .withColumn("watch", col("flags_in_window").gt(0))
                .withColumn("segment", when(col("key_account"), lit("key_account"))
                        .when(col("premium"), lit("premium"))
                        .when(col("loyal"), lit("loyal"))
                        .when(col("long_term"), lit("long_term"))
                        .when(col("at_risk"), lit("at_risk"))
                        .otherwise(lit("regular")))
                .cache();
        Dataset<Row> lapsedRows = withFlags.where(active.unary_$bang())
                .select(col("month_start_on"), col("customer_id"), col("customer_code"), col("kind"),
                        lit("lapsed").as("segment"), col("first_order_on"));

        Dataset<Row> customerRows = activeRows
                .select(col("month_start_on"), col("customer_id"), col("customer_code"), col("kind"),
                        col("segment"), col("first_order_on"), col("revenue"), col("orders"), col("order_months"),
                        col("last_order_on"), col("recency_days"), col("pareto_rank"), col("top_fifth"),
                        col("key_account"), col("premium"), col("loyal"), col("long_term"), col("at_risk"),
                        col("watch"), col("r_score"), col("f_score"), col("m_score"))
                .unionByName(lapsedRows, true)
                .coalesce(1).sortWithinPartitions("month_start_on", "customer_code");

        Dataset<Row> pareto = activeRows.groupBy("month_start_on").agg(
                        count(lit(1)).as("active_customers"),
                        sum(when(col("top_fifth"), 1L).otherwise(0L)).as("top_fifth_customers"),
                        sum("revenue").cast(Exact.MONEY).as("revenue"),
                        sum(when(col("top_fifth"), col("revenue")).otherwise(lit(BigDecimal.ZERO)))
                                .cast(Exact.MONEY).as("top_fifth_revenue"))
                .withColumn("top_fifth_share", Exact.moneyRatio(col("top_fifth_revenue"), col("revenue")))
                .coalesce(1).sortWithinPartitions("month_start_on");

        Dataset<Row> premium = activeRows.where(col("premium")).select(col("month_start_on").as("p_month"),
                col("customer_id").as("p_customer"));
        Dataset<Row> orderLines = events.where(col("orders").equalTo(1));
        Dataset<Row> all = mix(orderLines, "all");
        Dataset<Row> premiumOnly = mix(orderLines.join(premium, col("month_start_on").equalTo(col("p_month"))
                .and(col("customer_id").equalTo(col("p_customer")))), "premium");
        Dataset<Row> productMix = all.unionByName(premiumOnly)
                .coalesce(1).sortWithinPartitions("month_start_on", "population", "product_category");
        return new Result(customerRows, pareto, productMix);
    }

    /** Completed orders and their amounts (fees not included) per product category, with their shares. */
    private static Dataset<Row> mix(Dataset<Row> orderLines, String population) {
        WindowSpec byMonth = Window.partitionBy("month_start_on");
        return orderLines.groupBy("month_start_on", "product_category")
                .agg(count(lit(1)).as("orders"), sum("order_amount").cast(Exact.MONEY).as("amount"))
                .withColumn("order_share", Exact.ratio(col("orders"), sum("orders").over(byMonth)))
                .withColumn("amount_share", Exact.moneyRatio(col("amount"), sum("amount").over(byMonth)))
                .select(col("month_start_on"), lit(population).as("population"), col("product_category"),
                        col("orders"), col("amount"), col("order_share"), col("amount_share"));
    }
}
