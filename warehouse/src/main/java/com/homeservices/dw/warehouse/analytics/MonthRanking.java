package com.homeservices.dw.warehouse.analytics;

import com.homeservices.dw.warehouse.policy.SegmentationPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
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
 * a sort of every row through a generic frame and several times slower. A customer is held as plain fields, not as
 * the row it came in (a month's rows, boxed, outlived the young collections: a quarter of the ranking's time was
 * garbage collection), and revenue leaves as an exact decimal made from its cents, not by a division. The customers
 * are returned in code order.
 */
final class MonthRanking implements FlatMapGroupsFunction<Integer, Row, Row> {

    /**
     * One active customer in one month, every figure: the customers mart's columns but the customer's code and kind
     * (days as days since 1970-01-01), then the product mix's input, the completed orders and amounts per category of
     * premium customers only (null for the others: the mix of all customers is summed from the orders themselves).
     */
    static final StructType RANKED = new StructType(new StructField[] {
            active("month_start_on"), active("customer_id"),
            DataTypes.createStructField("segment", DataTypes.StringType, false),
            active("first_order_on"), DataTypes.createStructField("revenue", Exact.MONEY, false), active("orders"),
            active("order_months"), active("last_order_on"), active("recency_days"),
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
        Arrays.sort(byCode, Comparator.comparingInt((Customer c) -> c.codeOrder));
        int active = byCode.length;

        // Revenue as its place among the month's distinct revenues, so it packs into a long beside the code order.
        long[] revenues = new long[active];
        for (int i = 0; i < active; i++) {
            revenues[i] = byCode[i].cents;
        }
        Arrays.sort(revenues);
        int distinct = 0;
        for (int i = 0; i < active; i++) {
            if (i == 0 || revenues[i] != revenues[distinct - 1]) {
                revenues[distinct++] = revenues[i];
            }
        }
        long[] revenueOrder = new long[active];
        long[] revenueDescending = new long[active];
        long[] recencyDescending = new long[active];
        long[] orders = new long[active];
        for (int i = 0; i < active; i++) {
            Customer c = byCode[i];
            revenueOrder[i] = Arrays.binarySearch(revenues, 0, distinct, c.cents);
            revenueDescending[i] = distinct - 1 - revenueOrder[i];
            recencyDescending[i] = Integer.MAX_VALUE - c.recencyDays;
            orders[i] = c.orders;
        }
        int topFifth = new BigDecimal(active).multiply(topShare).setScale(0, RoundingMode.CEILING).intValueExact();
        int[] pareto = positions(revenueDescending);
        // RFM: NTILE(5) over the measure from worst to best (recency: most days is worst), ties by customer code.
        int[] r = positions(recencyDescending);
        int[] f = positions(orders);
        int[] m = positions(revenueOrder);
        return IntStream.range(0, active).mapToObj(i -> scored(monthStart, byCode[i], pareto[i] + 1,
                pareto[i] < topFifth, ntile(r[i], active), ntile(f[i], active), ntile(m[i], active))).iterator();
    }

    /**
     * Each customer's position (from 0) when the customers are put in the order of {@code measures} (numbers from 0
     * to {@link Integer#MAX_VALUE}, one per customer in code order) ascending, ties by customer code.
     */
    private static int[] positions(long[] measures) {
        long[] keys = new long[measures.length];
        for (int i = 0; i < measures.length; i++) {
            keys[i] = measures[i] << Integer.SIZE | i;
        }
        Arrays.sort(keys);
        int[] positions = new int[measures.length];
        for (int position = 0; position < keys.length; position++) {
            positions[(int) keys[position]] = position;
        }
        return positions;
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

    private static Row scored(int monthStart, Customer c, int paretoRank, boolean topFifth, int rScore, int fScore,
                              int mScore) {
        boolean premium = topFifth && !c.watch;
        String segment = c.keyAccount ? "key_account" : premium ? "premium" : c.loyal ? "loyal"
                : c.longTerm ? "long_term" : c.atRisk ? "at_risk" : "regular";
        return RowFactory.create(monthStart, c.customerId, segment, c.firstOrder,
                Exact.money(c.cents), c.orders, c.orderMonths, c.lastOrder, c.recencyDays, paretoRank, topFifth,
                c.keyAccount, premium, c.loyal, c.longTerm, c.atRisk, c.watch, rScore, fScore, mScore,
                premium ? c.categoryFigures : null);
    }

    /** One row of {@link CustomerWindows#ACTIVE}, as plain fields. */
    private static final class Customer {
        final long customerId;
        final int codeOrder;
        final int firstOrder;
        final long cents;
        final long orders;
        final long orderMonths;
        final int lastOrder;
        final int recencyDays;
        final boolean keyAccount;
        final boolean loyal;
        final boolean longTerm;
        final boolean atRisk;
        final boolean watch;
        final byte[] categoryFigures;

        Customer(Row row) {
            this.customerId = row.getLong(1);
            this.codeOrder = row.getInt(2);
            this.firstOrder = row.getInt(4);
            this.cents = row.getLong(5);
            this.orders = row.getLong(6);
            this.orderMonths = row.getLong(7);
            this.lastOrder = row.getInt(8);
            this.recencyDays = row.getInt(9);
            this.keyAccount = row.getBoolean(10);
            this.loyal = row.getBoolean(11);
            this.longTerm = row.getBoolean(12);
            this.atRisk = row.getBoolean(13);
            this.watch = row.getBoolean(14);
            this.categoryFigures = (byte[]) row.get(15);
        }
    }
}
