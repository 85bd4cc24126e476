package com.homeservices.dw.warehouse.analytics;

import com.homeservices.dw.warehouse.policy.SegmentationPolicy;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * One customer's trailing twelve months as of the end of every month of a range (customer segmentation's window,
 * metrics.md): revenue, completed orders, the distinct months with an order, the last and the first completed
 * order, the recency, the flags that depend on the customer alone (key account, loyal, long-term, at risk, watch),
 * and the completed orders and amounts per product category. A month is returned only when the customer is active
 * in it (a completed order in its window); {@link MonthRanking} ranks the customers of each month.
 *
 * <p>Everything here needs only the customer's own rows, so customers are spread over any number of executors; the
 * window moves month by month over the customer's few dozen monthly totals instead of repeating each order twelve
 * times.
 */
final class CustomerWindows implements FlatMapGroupsFunction<Long, Row, Row> {

    /** One customer's order, cancellation fee or flag: the input, grouped by customer. */
    static final StructType EVENTS = new StructType()
            .add("customer_id", DataTypes.LongType, false)
            .add("customer_code", DataTypes.StringType)
            .add("kind", DataTypes.StringType)
            .add("day", DataTypes.DateType, false)
            .add("revenue", Exact.MONEY)
            .add("is_order", DataTypes.BooleanType, false)
            .add("is_flag", DataTypes.BooleanType, false)
            .add("product_category", DataTypes.StringType);

    /** Completed orders and their amounts in one product category. */
    static final StructType CATEGORY = new StructType()
            .add("product_category", DataTypes.StringType)
            .add("orders", DataTypes.LongType, false)
            .add("amount", Exact.MONEY, false);

    /** One active customer in one month's window: the output. */
    static final StructType ACTIVE = new StructType()
            .add("month_start_on", DataTypes.DateType, false)
            .add("customer_id", DataTypes.LongType, false)
            .add("customer_code", DataTypes.StringType)
            .add("kind", DataTypes.StringType)
            .add("first_order_on", DataTypes.DateType, false)
            .add("revenue", Exact.MONEY, false)
            .add("orders", DataTypes.LongType, false)
            .add("order_months", DataTypes.LongType, false)
            .add("last_order_on", DataTypes.DateType, false)
            .add("recency_days", DataTypes.IntegerType, false)
            .add("key_account", DataTypes.BooleanType, false)
            .add("loyal", DataTypes.BooleanType, false)
            .add("long_term", DataTypes.BooleanType, false)
            .add("at_risk", DataTypes.BooleanType, false)
            .add("watch", DataTypes.BooleanType, false)
            .add("categories", DataTypes.createArrayType(CATEGORY, false), false);

    private static final int WINDOW_MONTHS = 12;

    private final LocalDate firstMonth;
    private final LocalDate lastMonth;
    private final BigDecimal keyAccountRevenue;
    private final int loyalMonths;
    private final int longTermMonths;
    private final int atRiskDays;

    /** Windows ending with the months from {@code firstMonth} to {@code lastMonth} (first days of months). */
    CustomerWindows(SegmentationPolicy policy, LocalDate firstMonth, LocalDate lastMonth) {
        this.firstMonth = firstMonth;
        this.lastMonth = lastMonth;
        this.keyAccountRevenue = policy.keyAccountRevenue();
        this.loyalMonths = policy.loyalMonths();
        this.longTermMonths = policy.longTermMonths();
        this.atRiskDays = policy.atRiskDays();
    }

    @Override
    public Iterator<Row> call(Long customerId, Iterator<Row> events) {
        NavigableMap<LocalDate, MonthTotals> months = new TreeMap<>();
        String code = null;
        String kind = null;
        while (events.hasNext()) {
            Row event = events.next();
            code = event.getString(1);
            kind = event.getString(2);
            LocalDate day = event.getDate(3).toLocalDate();
            months.computeIfAbsent(day.withDayOfMonth(1), m -> new MonthTotals()).add(event, day);
        }
        LocalDate firstOrder = months.values().stream().map(m -> m.firstOrder).filter(d -> d != null).min(
                LocalDate::compareTo).orElse(null);
        List<Row> active = new ArrayList<>();
        if (firstOrder == null) {
            return active.iterator();
        }
        LocalDate from = max(firstMonth, months.firstKey());
        LocalDate to = min(lastMonth, months.lastKey().plusMonths(WINDOW_MONTHS - 1));
        for (LocalDate month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            MonthTotals window = new MonthTotals();
            long orderMonths = 0;
            for (MonthTotals inWindow : months.subMap(month.minusMonths(WINDOW_MONTHS - 1), true, month, true)
                    .values()) {
                window.add(inWindow);
                orderMonths += inWindow.orders > 0 ? 1 : 0;
            }
            if (window.orders > 0) {
                LocalDate asOf = month.with(TemporalAdjusters.lastDayOfMonth());
                active.add(RowFactory.create(Date.valueOf(month), customerId, code, kind, Date.valueOf(firstOrder),
                        window.revenue, window.orders, orderMonths, Date.valueOf(window.lastOrder),
                        (int) ChronoUnit.DAYS.between(window.lastOrder, asOf),
                        "enterprise".equals(kind) && window.revenue.compareTo(keyAccountRevenue) >= 0,
                        orderMonths >= loyalMonths,
                        !firstOrder.isAfter(asOf.minusMonths(longTermMonths)),
                        !window.lastOrder.isAfter(asOf.minusDays(atRiskDays)),
                        window.flagged, window.categoryRows()));
            }
        }
        return active.iterator();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** A customer's totals over one month, or over a window of months. */
    private static final class MonthTotals {
        BigDecimal revenue = BigDecimal.ZERO.setScale(2);
        long orders;
        LocalDate firstOrder;
        LocalDate lastOrder;
        boolean flagged;
        final Map<String, CategoryTotals> categories = new TreeMap<>();

        void add(Row event, LocalDate day) {
            if (event.getBoolean(6)) {
                flagged = true;
                return;
            }
            BigDecimal amount = event.isNullAt(4) ? BigDecimal.ZERO : event.getDecimal(4);
            revenue = revenue.add(amount);
            if (event.getBoolean(5)) {
                orders++;
                firstOrder = firstOrder == null || day.isBefore(firstOrder) ? day : firstOrder;
                lastOrder = lastOrder == null || day.isAfter(lastOrder) ? day : lastOrder;
                categories.computeIfAbsent(event.getString(7), c -> new CategoryTotals()).add(1, amount);
            }
        }

        void add(MonthTotals month) {
            revenue = revenue.add(month.revenue);
            orders += month.orders;
            if (month.lastOrder != null && (lastOrder == null || month.lastOrder.isAfter(lastOrder))) {
                lastOrder = month.lastOrder;
            }
            flagged |= month.flagged;
            month.categories.forEach((category, totals) ->
                    categories.computeIfAbsent(category, c -> new CategoryTotals()).add(totals.orders, totals.amount));
        }

        scala.collection.immutable.Seq<Row> categoryRows() {
            List<Row> rows = new ArrayList<>(categories.size());
            categories.forEach((category, totals) -> rows.add(RowFactory.create(category, totals.orders,
                    totals.amount)));
            return CollectionConverters.asScala(rows).toSeq();
        }
    }

    private static final class CategoryTotals {
        long orders;
        BigDecimal amount = BigDecimal.ZERO.setScale(2);

        void add(long moreOrders, BigDecimal moreAmount) {
            orders += moreOrders;
            amount = amount.add(moreAmount);
        }
    }
}
