package com.homeservices.dw.warehouse.analytics;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
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
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;

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
        Dataset<Row> completed = orders.where(col("status").equalTo("completed").and(col("completed_on").isNotNull()));
        Dataset<Row> events = completed
                .select(col("customer_id"), col("completed_on").as("day"), col("amount").as("revenue"),
                        lit(true).as("is_order"), lit(false).as("is_flag"), col("product_category"))
                .unionByName(orders.where(col("status").equalTo("cancelled").and(col("cancelled_on").isNotNull()))
                        .select(col("customer_id"), col("cancelled_on").as("day"),
                                coalesce(col("cancellation_fee"), lit(BigDecimal.ZERO)).as("revenue"),
                                lit(false).as("is_order"), lit(false).as("is_flag"),
                                lit(null).cast(DataTypes.StringType).as("product_category")))
                .unionByName(flags.select(col("customer_id"), col("noted_on").as("day"),
                        lit(null).cast(Exact.MONEY).as("revenue"), lit(false).as("is_order"), lit(true).as("is_flag"),
                        lit(null).cast(DataTypes.StringType).as("product_category")))
                .join(customers, "customer_id")
                .select(Arrays.stream(CustomerWindows.EVENTS.fieldNames())
                        .map(name -> name.equals("revenue") ? col(name).cast(Exact.MONEY) : col(name))
                        .toArray(Column[]::new));

        // Each customer's windows need only that customer's rows; the ranking then needs each month whole. The
        // ranked months are computed once for the four outputs and kept on the executors' disks: millions of wide
        // rows held in memory cost more in garbage collection than reading them back (measured at medium).
        Dataset<Row> active = events
                .groupBy("customer_id").as(Encoders.LONG(), Encoders.row(CustomerWindows.EVENTS))
                .flatMapGroups(new CustomerWindows(policy, first.atDay(1), last.atDay(1)),
                        Encoders.row(CustomerWindows.ACTIVE));
        Dataset<Row> ranked = active
                .groupBy("month_start_on").as(Encoders.DATE(), Encoders.row(CustomerWindows.ACTIVE))
                .flatMapGroups(new MonthRanking(policy), Encoders.row(MonthRanking.RANKED))
                .localCheckpoint(true, StorageLevel.DISK_ONLY());

        Dataset<Row> segments = ranked.groupBy("month_start_on", "segment")
                .agg(count(lit(1)).as("customers"), sum("revenue").cast(Exact.MONEY).as("revenue"))
                .unionByName(lapsed(completed, ranked, first, last))
                .repartition(1).sortWithinPartitions("month_start_on", "segment");

        Dataset<Row> pareto = ranked.groupBy("month_start_on").agg(
                        count(lit(1)).as("active_customers"),
                        sum(when(col("top_fifth"), 1L).otherwise(0L)).as("top_fifth_customers"),
                        sum("revenue").cast(Exact.MONEY).as("revenue"),
                        sum(when(col("top_fifth"), col("revenue")).otherwise(lit(BigDecimal.ZERO)))
                                .cast(Exact.MONEY).as("top_fifth_revenue"))
                .withColumn("top_fifth_share", Exact.moneyRatio(col("top_fifth_revenue"), col("revenue")))
                .repartition(1).sortWithinPartitions("month_start_on");

        // Every completed order in a window belongs to an active customer, so "all" sums every active customer's.
        Dataset<Row> productMix = mix(ranked, "all").unionByName(mix(ranked.where(col("premium")), "premium"))
                .repartition(1).sortWithinPartitions("month_start_on", "population", "product_category");
        return new Result(ranked.drop("categories"), segments, pareto, productMix);
    }

    /**
     * Customers who ordered by a month's end but not in its window, per month: every customer whose first
     * completed order came by then, less the active ones.
     */
    private static Dataset<Row> lapsed(Dataset<Row> completed, Dataset<Row> ranked, YearMonth first, YearMonth last) {
        Dataset<Row> months = completed.sparkSession().range(1).select(explode(sequence(
                lit(Date.valueOf(first.atDay(1))), lit(Date.valueOf(last.atDay(1))), expr("interval 1 month")))
                .as("month_start_on"));
        Dataset<Row> firstOrderMonths = completed.groupBy("customer_id")
                .agg(trunc(min("completed_on"), "month").as("first_order_month"))
                .groupBy("first_order_month").agg(count(lit(1)).as("customers"));
        Dataset<Row> everOrdered = months
                .join(firstOrderMonths, firstOrderMonths.col("first_order_month").leq(months.col("month_start_on")))
                .groupBy("month_start_on").agg(sum("customers").as("ever_ordered"));
        return everOrdered
                .join(ranked.groupBy("month_start_on").agg(count(lit(1)).as("active")), new String[] {"month_start_on"},
                        "left")
                .select(col("month_start_on"), lit("lapsed").as("segment"),
                        col("ever_ordered").minus(coalesce(col("active"), lit(0L))).as("customers"),
                        lit(BigDecimal.ZERO).cast(Exact.MONEY).as("revenue"))
                .where(col("customers").gt(0));
    }

    /** Completed orders and their amounts (fees not included) per product category, with their shares. */
    private static Dataset<Row> mix(Dataset<Row> ranked, String population) {
        WindowSpec byMonth = Window.partitionBy("month_start_on");
        return ranked.select(col("month_start_on"), explode(col("categories")).as("category"))
                .groupBy(col("month_start_on"), col("category.product_category").as("product_category"))
                .agg(sum("category.orders").as("orders"), sum("category.amount").cast(Exact.MONEY).as("amount"))
                .withColumn("order_share", Exact.ratio(col("orders"), sum("orders").over(byMonth)))
                .withColumn("amount_share", Exact.moneyRatio(col("amount"), sum("amount").over(byMonth)))
                .select(col("month_start_on"), lit(population).as("population"), col("product_category"),
                        col("orders"), col("amount"), col("order_share"), col("amount_share"));
    }
}
