package com.homeservices.dw.warehouse.analytics;

import com.homeservices.dw.warehouse.policy.SegmentationPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.function.ObjIntConsumer;
import java.util.function.ToLongFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * One month's active customers ranked against each other (metrics.md "Customer segmentation"), as of the month's
 * last day: the Pareto rank and top fifth, premium, the primary segment and the RFM scores. The figures that need the
 * customer alone come from {@link CustomerWindows}.
 *
 * <p>Ranks need the whole month, so a month is one group; its customers are sorted here, as numbers (the measure
 * and the customer's place in code order packed in a {@code long}), rather than by four Spark window operators, each
 * a sort of every row through a generic frame and several times slower. The customers are returned in code order.
 */
final class MonthRanking implements FlatMapGroupsFunction<Integer, Row, Row> {

    /**
     * One active customer in one month, every figure: the customers mart's columns (days as days since 1970-01-01),
     * then the product mix's input, the completed orders and amounts per category of premium customers only (null for
     * the others: the mix of all customers is summed from the orders themselves).
     */
    static final StructType RANKED = new StructType(new StructField[] {
            active("month_start_on"), active("customer_id"), active("customer_code"), active("kind"),
            DataTypes.createStructField("segment", DataTypes.StringType, false),
            active("first_order_on"), active("revenue_cents"), active("orders"), active("order_months"),
            active("last_order_on"), active("recency_days"),
            DataTypes.createStructField("pareto_rank", DataTypes.IntegerType, false),
            DataTypes.createStructField("top_fifth", DataTypes.BooleanType, false),
            active("key_account"),
            DataTypes.createStructField("premium", DataTypes.BooleanType, false),
            active("loyal"), active("long_term"), active("at_risk"), active("watch"),
            DataTypes.createStructField("r_score", DataTypes.IntegerType, false),
            DataTypes.createStructField("f_score", DataTypes.IntegerType, false),
            DataTypes.createStructField("m_score", DataTypes.IntegerType, false),
            premiumOnly("category_figures")});

    private static final int QUINTILES = 5;

    private final BigDecimal topShare;

    /** A column {@link CustomerWindows} found, passed on as it is. */
    private static StructField active(String name) {
        return CustomerWindows.ACTIVE.apply(name);
    }

    /** A column {@link CustomerWindows} found, kept for premium customers only (null for the others). */
    private static StructField premiumOnly(String name) {
        return DataTypes.createStructField(name, active(name).dataType(), true);
    }

    MonthRanking(SegmentationPolicy policy) {
        this.topShare = policy.topShare();
    }

    @Override
    public Iterator<Row> call(Integer monthStart, Iterator<Row> rows) {
        List<Customer> list = new ArrayList<>();
        rows.forEachRemaining(row -> list.add(new Customer(row)));
        Customer[] byCode = list.toArray(new Customer[0]);
        Arrays.sort(byCode, Comparator.comparing((Customer c) -> c.code));
        int active = byCode.length;

        // Revenue as its place among the month's distinct revenues, so it packs into a long beside the code order.
        long[] revenues = Arrays.stream(byCode).mapToLong(c -> c.cents).sorted().distinct().toArray();
        for (Customer c : byCode) {
            c.revenueOrder = Arrays.binarySearch(revenues, c.cents);
        }
        int topFifth = new BigDecimal(active).multiply(topShare).setScale(0, RoundingMode.CEILING).intValueExact();
        inOrder(byCode, c -> revenues.length - 1 - c.revenueOrder, (c, position) -> c.paretoRank = position + 1);
        // RFM: NTILE(5) over the measure from worst to best (recency: most days is worst), ties by customer code.
        inOrder(byCode, c -> Integer.MAX_VALUE - c.recencyDays, (c, position) -> c.rScore = ntile(position, active));
        inOrder(byCode, c -> c.orders, (c, position) -> c.fScore = ntile(position, active));
        inOrder(byCode, c -> c.revenueOrder, (c, position) -> c.mScore = ntile(position, active));

        return Arrays.stream(byCode).map(c -> scored(c, c.paretoRank <= topFifth)).iterator();
    }

    /**
     * Visits the customers by {@code measure} (a number from 0 to {@link Integer#MAX_VALUE}) ascending, ties by
     * customer code, with each one's position from 0.
     */
    private static void inOrder(Customer[] byCode, ToLongFunction<Customer> measure,
                                ObjIntConsumer<Customer> atPosition) {
        long[] keys = new long[byCode.length];
        for (int i = 0; i < byCode.length; i++) {
            keys[i] = measure.applyAsLong(byCode[i]) << Integer.SIZE | i;
        }
        Arrays.sort(keys);
        for (int position = 0; position < keys.length; position++) {
            atPosition.accept(byCode[(int) keys[position]], position);
        }
    }

    /**
     * SQL's {@code NTILE(5)} for the row at {@code position} (from 0) of {@code rows}: the first
     * {@code rows % 5} buckets hold one row more than the others.
     */
    static int ntile(int position, int rows) {
        int size = rows / QUINTILES;
        int larger = rows % QUINTILES;
        int inLarger = larger * (size + 1);
        return position < inLarger ? position / (size + 1) + 1 : larger + (position - inLarger) / size + 1;
    }

    private static Row scored(Customer c, boolean topFifth) {
        Row row = c.row;
        boolean keyAccount = row.getBoolean(10);
        boolean loyal = row.getBoolean(11);
        boolean longTerm = row.getBoolean(12);
        boolean atRisk = row.getBoolean(13);
        boolean watch = row.getBoolean(14);
        boolean premium = topFifth && !watch;
        String segment = keyAccount ? "key_account" : premium ? "premium" : loyal ? "loyal" : longTerm ? "long_term"
                : atRisk ? "at_risk" : "regular";
        return RowFactory.create(row.get(0), row.get(1), c.code, row.get(3), segment, row.get(4), row.get(5),
                c.orders, row.get(7), row.get(8), c.recencyDays, c.paretoRank, topFifth, keyAccount, premium, loyal,
                longTerm, atRisk, watch, c.rScore, c.fScore, c.mScore, premium ? row.get(15) : null);
    }

    /** One row of {@link CustomerWindows#ACTIVE} with its ranks as they are found. */
    private static final class Customer {
        final Row row;
        final String code;
        final long cents;
        final long orders;
        final int recencyDays;
        int revenueOrder;
        int paretoRank;
        int rScore;
        int fScore;
        int mScore;

        Customer(Row row) {
            this.row = row;
            this.code = row.getString(2);
            this.cents = row.getLong(5);
            this.orders = row.getLong(6);
            this.recencyDays = row.getInt(9);
        }
    }
}
