package com.homeservices.dw.warehouse.analytics;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_from_unix_date;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.unix_date;
import static org.apache.spark.sql.functions.when;

import com.homeservices.dw.warehouse.policy.SegmentationPolicy;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.functions;
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

    /** The columns of {@link #customerMonths} that only the product mix reads: the customers mart has none. */
    public static final String[] PRODUCT_MIX_INPUT = {"category_figures"};

    private final SegmentationPolicy policy;

    public CustomerSegmentation(SegmentationPolicy policy) {
        this.policy = policy;
    }

    /**
     * Every month from {@code first} to {@code last}, each as of its last day, in one go: the customer-months are
     * kept on the executors' disks for the summaries. {@link #customerMonths} and {@link #summarize} do the same in
     * two steps, for a caller that keeps the customer-months itself (the refresh writes them once, as the mart's
     * file).
     */
    public Result compute(Dataset<Row> orders, Dataset<Row> customers, Dataset<Row> flags, YearMonth first,
                          YearMonth last) {
        List<String> categories = categories(orders);
        Dataset<Row> customerMonths = customerMonths(orders, customers, flags, categories, first, last)
                .localCheckpoint(true, StorageLevel.DISK_ONLY());
        return summarize(customerMonths, orders, customers, categories, first, last);
    }

    /** The product categories of the completed orders, in order: the places of the per-category arrays. */
    public static List<String> categories(Dataset<Row> orders) {
        return completed(orders).select("product_category").distinct().orderBy("product_category")
                .as(Encoders.STRING()).collectAsList();
    }

    /**
     * Every active customer in every month from {@code first} to {@code last}, as of the month's last day: the
     * customers mart's columns in its order, then {@link #PRODUCT_MIX_INPUT} (premium customers' only), in the
     * order of {@code categories} ({@link #categories}).
     */
    public Dataset<Row> customerMonths(Dataset<Row> orders, Dataset<Row> customers, Dataset<Row> flags,
                                       List<String> categories, YearMonth first, YearMonth last) {
        // Each customer's windows need only that customer's rows; the ranking then needs each month whole. A customer
        // travels as numbers (its place in code order, whether it is an enterprise); its code and kind join at the end.
        Dataset<Row> numbered = customers.select(col("customer_id"),
                row_number().over(Window.orderBy("customer_code")).minus(1).cast(DataTypes.IntegerType)
                        .as("code_order"),
                coalesce(col("kind").equalTo("enterprise"), lit(false)).as("enterprise"));
        List<Column> columns = new ArrayList<>();
        for (String name : MonthRanking.RANKED.fieldNames()) {
            columns.add(name.endsWith("_on") ? date_from_unix_date(col(name)).as(name) : col(name));
            if (name.equals("customer_id")) {
                columns.add(col("customer_code"));
                columns.add(col("kind"));
            }
        }
        return events(orders, numbered, flags)
                .groupBy("customer_id").as(Encoders.LONG(), Encoders.row(CustomerWindows.EVENTS))
                .flatMapGroups(new CustomerWindows(policy, first, last, categories),
                        Encoders.row(CustomerWindows.ACTIVE))
                .groupBy("month_start_on").as(Encoders.INT(), Encoders.row(CustomerWindows.ACTIVE))
                .flatMapGroups(new MonthRanking(policy), Encoders.row(MonthRanking.RANKED))
                .join(broadcast(customers.select("customer_id", "customer_code", "kind")), "customer_id")
                .select(columns.toArray(Column[]::new));
    }

    /**
     * The summaries of {@code customerMonths} (as {@link #customerMonths} returned them, or read back from where
     * they were written): the segments and the lapsed customers, the Pareto summary, the product mix. The result's
     * {@code customers} is {@code customerMonths} without the product mix's input.
     */
    public Result summarize(Dataset<Row> customerMonths, Dataset<Row> orders, Dataset<Row> customers,
                            List<String> categories, YearMonth first, YearMonth last) {
        // One pass over the customer-months: the customers and revenue per month, segment and top fifth, which the
        // segments, the Pareto summary and the lapsed count all sum (each reading the millions of rows again took
        // seconds at medium).
        Dataset<Row> tally = customerMonths.groupBy("month_start_on", "segment", "top_fifth")
                .agg(count(lit(1)).as("customers"), sum("revenue").as("revenue"))
                .localCheckpoint();
        Dataset<Row> segments = tally.groupBy("month_start_on", "segment")
                .agg(sum("customers").as("customers"), sum("revenue").cast(Exact.MONEY).as("revenue"))
                .unionByName(lapsed(completed(orders), tally, first, last))
                .repartition(1).sortWithinPartitions("month_start_on", "segment");

        Dataset<Row> pareto = tally.groupBy("month_start_on").agg(
                        sum("customers").as("active_customers"),
                        sum(when(col("top_fifth"), col("customers")).otherwise(0L)).as("top_fifth_customers"),
                        sum("revenue").cast(Exact.MONEY).as("revenue"),
                        sum(when(col("top_fifth"), col("revenue")).otherwise(lit(BigDecimal.ZERO)))
                                .cast(Exact.MONEY).as("top_fifth_revenue"))
                .withColumn("top_fifth_share", Exact.moneyRatio(col("top_fifth_revenue"), col("revenue")))
                .repartition(1).sortWithinPartitions("month_start_on");

        Dataset<Row> productMix = shares(allCustomersMix(orders, customers, first, last), "all")
                .unionByName(shares(premiumMix(customerMonths, categories), "premium"))
                .repartition(1).sortWithinPartitions("month_start_on", "population", "product_category");
        return new Result(customerMonths.drop(PRODUCT_MIX_INPUT), segments, pareto, productMix);
    }

    /**
     * The orders, cancellation fees and flags of the customers there are, as {@link CustomerWindows#EVENTS};
     * {@code customers} numbered in code order.
     */
    private static Dataset<Row> events(Dataset<Row> orders, Dataset<Row> customers, Dataset<Row> flags) {
        return completed(orders)
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
                        .map(name -> switch (name) {
                            case "revenue_cents" -> Exact.cents(col("revenue")).as(name);
                            case "day" -> unix_date(col(name)).as(name);
                            default -> col(name);
                        })
                        .toArray(Column[]::new));
    }

    private static Dataset<Row> completed(Dataset<Row> orders) {
        return orders.where(col("status").equalTo("completed").and(col("completed_on").isNotNull()));
    }

    /**
     * Customers who ordered by a month's end but not in its window, per month: every customer whose first
     * completed order came by then, less the active ones ({@code tally}'s customers).
     */
    private static Dataset<Row> lapsed(Dataset<Row> completed, Dataset<Row> tally, YearMonth first,
                                       YearMonth last) {
        Dataset<Row> firstOrderMonths = completed.groupBy("customer_id")
                .agg(trunc(min("completed_on"), "month").as("first_order_month"))
                .groupBy("first_order_month").agg(count(lit(1)).as("customers"));
        Dataset<Row> months = months(completed.sparkSession(), first, last);
        Dataset<Row> everOrdered = months
                .join(firstOrderMonths, firstOrderMonths.col("first_order_month").leq(months.col("month_start_on")))
                .groupBy("month_start_on").agg(sum("customers").as("ever_ordered"));
        return everOrdered
                .join(tally.groupBy("month_start_on").agg(sum("customers").as("active")),
                        new String[] {"month_start_on"}, "left")
                .select(col("month_start_on"), lit("lapsed").as("segment"),
                        col("ever_ordered").minus(coalesce(col("active"), lit(0L))).as("customers"),
                        lit(BigDecimal.ZERO).cast(Exact.MONEY).as("revenue"))
                .where(col("customers").gt(0));
    }

    /** The first days of the months from {@code first} to {@code last}, as {@code month_start_on}. */
    private static Dataset<Row> months(SparkSession spark, YearMonth first, YearMonth last) {
        return spark.range(1).select(explode(sequence(lit(Date.valueOf(first.atDay(1))),
                lit(Date.valueOf(last.atDay(1))), expr("interval 1 month"))).as("month_start_on"));
    }

    /**
     * Completed orders and their amounts per category in each month's window, over all active customers: every
     * completed order in a window belongs to an active customer, so these are the window's orders (of the customers
     * there are), summed per month and then over the window's twelve months.
     */
    private static Dataset<Row> allCustomersMix(Dataset<Row> orders, Dataset<Row> customers, YearMonth first,
                                                YearMonth last) {
        Dataset<Row> perMonth = completed(orders).join(customers.select("customer_id"), "customer_id")
                .groupBy(trunc(col("completed_on"), "month").as("order_month"), col("product_category"))
                .agg(count(lit(1)).as("orders"), sum("amount").as("amount"));
        Dataset<Row> months = months(orders.sparkSession(), first, last);
        return months.join(perMonth, perMonth.col("order_month").leq(months.col("month_start_on"))
                        .and(perMonth.col("order_month").gt(add_months(months.col("month_start_on"), -12))))
                .groupBy("month_start_on", "product_category")
                .agg(sum("orders").as("orders"), sum("amount").as("amount"));
    }

    /** Completed orders and their amounts per category in each month's window, over its premium customers. */
    private static Dataset<Row> premiumMix(Dataset<Row> customerMonths, List<String> categories) {
        Column names = array(categories.stream().map(functions::lit).toArray(Column[]::new));
        int count = categories.size();
        return customerMonths.where(col("premium"))
                .select(col("month_start_on"), CategoryFigures.unpack(col("category_figures")).as("figures"))
                .select(col("month_start_on"),
                        posexplode(slice(col("figures"), 1, count)).as(new String[] {"place", "orders"}),
                        col("figures"))
                .where(col("orders").gt(0))
                .groupBy(col("month_start_on"), element_at(names, col("place").plus(1)).as("product_category"))
                .agg(sum("orders").as("orders"),
                        Exact.money(sum(element_at(col("figures"), col("place").plus(1 + count)))).as("amount"));
    }

    /** Each category's orders and amount with their shares of the month's. */
    private static Dataset<Row> shares(Dataset<Row> totals, String population) {
        WindowSpec byMonth = Window.partitionBy("month_start_on");
        return totals
                .withColumn("order_share", Exact.ratio(col("orders"), sum("orders").over(byMonth)))
                .withColumn("amount_share", Exact.moneyRatio(col("amount"), sum("amount").over(byMonth)))
                .select(col("month_start_on"), lit(population).as("population"), col("product_category"),
                        col("orders"), col("amount").cast(Exact.MONEY).as("amount"), col("order_share"),
                        col("amount_share"));
    }
}
