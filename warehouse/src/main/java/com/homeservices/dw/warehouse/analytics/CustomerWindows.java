package com.homeservices.dw.warehouse.analytics;

import com.homeservices.dw.warehouse.policy.SegmentationPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One customer's trailing twelve months as of the end of every month of a range (customer segmentation's window,
 * metrics.md): revenue, completed orders, the distinct months with an order, the last and the first completed
 * order, the recency, the flags that depend on the customer alone (key account, loyal, long-term, at risk, watch),
 * and the completed orders and amounts per product category. A month is returned only when the customer is active
 * in it (a completed order in its window); {@link MonthRanking} ranks the customers of each month.
 *
 * <p>Everything here needs only the customer's own rows, so customers are spread over any number of executors. The
 * customer's orders are summed per month once, and the window slides over those totals: each month adds the month
 * entering the window and takes away the one leaving it (whole cents, so the difference is exact). Days travel as
 * days since 1970-01-01, money as whole cents, categories as their place in the list the routine was given, and a
 * customer as its place in code order and whether it is an enterprise (its code and kind join the results at the end):
 * plain numbers cost Spark far less to hand over than dates, decimals, zones, strings and nested rows.
 */
final class CustomerWindows implements FlatMapGroupsFunction<Long, Row, Row> {

    /** One customer's order, cancellation fee or flag: the input, grouped by customer. */
    static final StructType EVENTS = new StructType()
            .add("customer_id", DataTypes.LongType, false)
            .add("code_order", DataTypes.IntegerType, false)
            .add("enterprise", DataTypes.BooleanType, false)
            .add("day", DataTypes.IntegerType, false)
            .add("revenue_cents", DataTypes.LongType)
            .add("is_order", DataTypes.BooleanType, false)
            .add("is_flag", DataTypes.BooleanType, false)
            .add("product_category", DataTypes.StringType);

    /**
     * One active customer in one month's window: the output. Days as days since 1970-01-01, revenue in cents; the
     * completed orders and their amounts (in cents) per product category in the order of the categories the routine
     * was given, packed by {@link CategoryFigures}.
     */
    static final StructType ACTIVE = new StructType()
            .add("month_start_on", DataTypes.IntegerType, false)
            .add("customer_id", DataTypes.LongType, false)
            .add("code_order", DataTypes.IntegerType, false)
            .add("enterprise", DataTypes.BooleanType, false)
            .add("first_order_on", DataTypes.IntegerType, false)
            .add("revenue_cents", DataTypes.LongType, false)
            .add("orders", DataTypes.LongType, false)
            .add("order_months", DataTypes.LongType, false)
            .add("last_order_on", DataTypes.IntegerType, false)
            .add("recency_days", DataTypes.IntegerType, false)
            .add("key_account", DataTypes.BooleanType, false)
            .add("loyal", DataTypes.BooleanType, false)
            .add("long_term", DataTypes.BooleanType, false)
            .add("at_risk", DataTypes.BooleanType, false)
            .add("watch", DataTypes.BooleanType, false)
            .add("category_figures", DataTypes.BinaryType, false);

    private static final int WINDOW_MONTHS = 12;

    private final int firstMonth;
    private final int lastMonth;
    private final Map<String, Integer> categories = new HashMap<>();
    private final long keyAccountCents;
    private final int loyalMonths;
    private final int longTermMonths;
    private final int atRiskDays;

    /** Windows ending with the months from {@code firstMonth} to {@code lastMonth}, categories in this order. */
    CustomerWindows(SegmentationPolicy policy, YearMonth firstMonth, YearMonth lastMonth, List<String> categories) {
        this.firstMonth = monthNumber(firstMonth);
        this.lastMonth = monthNumber(lastMonth);
        for (String category : categories) {
            this.categories.put(category, this.categories.size());
        }
        this.keyAccountCents = centsReaching(policy.keyAccountRevenue());
        this.loyalMonths = policy.loyalMonths();
        this.longTermMonths = policy.longTermMonths();
        this.atRiskDays = policy.atRiskDays();
    }

    @Override
    public Iterator<Row> call(Long customerId, Iterator<Row> events) {
        Map<Integer, MonthTotals> byMonth = new HashMap<>();
        int codeOrder = 0;
        boolean enterprise = false;
        int firstOrder = Integer.MAX_VALUE;
        while (events.hasNext()) {
            Row event = events.next();
            codeOrder = event.getInt(1);
            enterprise = event.getBoolean(2);
            int day = event.getInt(3);
            LocalDate date = LocalDate.ofEpochDay(day);
            MonthTotals month = byMonth.computeIfAbsent(monthNumber(YearMonth.from(date)),
                    m -> new MonthTotals(categories.size()));
            if (event.getBoolean(6)) {
                month.flagged = true;
            } else if (event.getBoolean(5)) {
                month.addOrder(day, event.getLong(4), categories.get(event.getString(7)));
                firstOrder = Math.min(firstOrder, day);
            } else {
                month.revenue += event.isNullAt(4) ? 0 : event.getLong(4);
            }
        }
        List<Row> active = new ArrayList<>();
        if (firstOrder == Integer.MAX_VALUE) {
            return active.iterator();
        }
        int earliest = byMonth.keySet().stream().mapToInt(Integer::intValue).min().orElseThrow();
        int latest = byMonth.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
        int from = Math.max(firstMonth, earliest);
        int to = Math.min(lastMonth, latest + WINDOW_MONTHS - 1);
        Window window = new Window(categories.size());
        for (int month = from - WINDOW_MONTHS + 1; month < from; month++) {
            window.enter(month, byMonth.get(month));
        }
        for (int month = from; month <= to; month++) {
            window.enter(month, byMonth.get(month));
            if (month > from) {
                window.leave(byMonth.get(month - WINDOW_MONTHS));
            }
            if (window.orders > 0) {
                active.add(row(customerId, codeOrder, enterprise, firstOrder, month, window,
                        byMonth.get(window.lastOrderMonth).lastOrder));
            }
        }
        return active.iterator();
    }

    private Row row(long customerId, int codeOrder, boolean enterprise, int firstOrder, int month, Window window,
                    int lastOrder) {
        YearMonth yearMonth = YearMonth.of(month / 12, month % 12 + 1);
        LocalDate asOf = yearMonth.atEndOfMonth();
        return RowFactory.create((int) yearMonth.atDay(1).toEpochDay(), customerId, codeOrder, enterprise, firstOrder,
                window.revenue, window.orders, (long) window.orderMonths, lastOrder,
                (int) (asOf.toEpochDay() - lastOrder),
                enterprise && window.revenue >= keyAccountCents,
                window.orderMonths >= loyalMonths,
                firstOrder <= asOf.minusMonths(longTermMonths).toEpochDay(),
                lastOrder <= asOf.minusDays(atRiskDays).toEpochDay(),
                window.flaggedMonths > 0, CategoryFigures.pack(window.categoryOrders, window.categoryCents));
    }

    /** The fewest whole cents that reach {@code amount}. */
    private static long centsReaching(BigDecimal amount) {
        return amount.movePointRight(2).setScale(0, RoundingMode.CEILING).longValueExact();
    }

    /** A month as a number that counts months: year × 12 + month − 1. */
    private static int monthNumber(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    /** Revenue, completed orders, and completed orders and amounts per category, over some months; money in cents. */
    private static class Sums {
        long revenue;
        long orders;
        final long[] categoryOrders;
        final long[] categoryCents;

        Sums(int categories) {
            categoryOrders = new long[categories];
            categoryCents = new long[categories];
        }
    }

    /** A customer's totals over one month. */
    private static final class MonthTotals extends Sums {
        int lastOrder = Integer.MIN_VALUE;
        boolean flagged;

        MonthTotals(int categories) {
            super(categories);
        }

        void addOrder(int day, long cents, int category) {
            revenue += cents;
            orders++;
            lastOrder = Math.max(lastOrder, day);
            categoryOrders[category]++;
            categoryCents[category] += cents;
        }
    }

    /** A customer's totals over the months in the window, as months enter and leave it. */
    private static final class Window extends Sums {
        int orderMonths;
        int flaggedMonths;
        int lastOrderMonth = Integer.MIN_VALUE;

        Window(int categories) {
            super(categories);
        }

        void enter(int number, MonthTotals month) {
            if (month == null) {
                return;
            }
            add(month, 1);
            if (month.orders > 0) {
                lastOrderMonth = number;
            }
        }

        /** The month leaving; the last order month stays right, as a month leaves only when a later one entered. */
        void leave(MonthTotals month) {
            if (month != null) {
                add(month, -1);
            }
        }

        private void add(MonthTotals month, int sign) {
            revenue += sign * month.revenue;
            orders += sign * month.orders;
            orderMonths += month.orders > 0 ? sign : 0;
            flaggedMonths += month.flagged ? sign : 0;
            for (int c = 0; c < categoryOrders.length; c++) {
                categoryOrders[c] += sign * month.categoryOrders[c];
                categoryCents[c] += sign * month.categoryCents[c];
            }
        }
    }
}
