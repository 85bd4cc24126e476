package com.homeservices.dw.warehouse.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.homeservices.dw.warehouse.policy.SegmentationPolicy;
import com.homeservices.dw.warehouse.testing.SparkForTests;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * Customer segmentation as of 30 June 2026 (window 1 July 2025 – 30 June 2026) on hand-made customers, every figure
 * worked out by hand.
 *
 * <pre>
 * C1 household   100.00 cleaning on the 15th of each month July–December 2025 (6 months); flagged 2025-06-30,
 *                a day before the window
 * C2 enterprise  150,000.00 facility on 2026-06-01
 * C3 household   500.00 cleaning on 2024-01-05 (before the window, 30 months before), 800.00 elder_care 2026-05-20
 * C4 household   300.00 cleaning on 2026-04-01 (exactly 90 days before), a 50.00 cancellation fee on 2026-06-10
 * C5 household   1,000.00 cleaning on 2025-03-01, nothing since: lapsed (counted, not listed)
 * C6 household   800.00 maternity on 2026-06-30 (the as-of day; ties C3 on revenue); flagged on 2026-06-30
 * C7 household   no order ever: no row
 * </pre>
 */
class CustomerSegmentationIntegrationTest {

    private static final YearMonth JUNE = YearMonth.of(2026, 6);

    private static Row completed(long customer, String day, String amount, String category) {
        return RowFactory.create(customer, "completed", Date.valueOf(day), null, new BigDecimal(amount),
                BigDecimal.ZERO.setScale(2), category);
    }

    private static Dataset<Row> orders() {
        List<Row> rows = new ArrayList<>();
        for (int month = 7; month <= 12; month++) {
            rows.add(completed(1, String.format("2025-%02d-15", month), "100.00", "cleaning"));
        }
        rows.add(completed(2, "2026-06-01", "150000.00", "facility"));
        rows.add(completed(3, "2024-01-05", "500.00", "cleaning"));
        rows.add(completed(3, "2026-05-20", "800.00", "elder_care"));
        rows.add(completed(4, "2026-04-01", "300.00", "cleaning"));
        rows.add(RowFactory.create(4L, "cancelled", null, Date.valueOf("2026-06-10"), new BigDecimal("250.00"),
                new BigDecimal("50.00"), "cleaning"));
        rows.add(completed(5, "2025-03-01", "1000.00", "cleaning"));
        rows.add(completed(6, "2026-06-30", "800.00", "maternity"));
        return SparkForTests.session().createDataFrame(rows, new StructType()
                .add("customer_id", DataTypes.LongType)
                .add("status", DataTypes.StringType)
                .add("completed_on", DataTypes.DateType)
                .add("cancelled_on", DataTypes.DateType)
                .add("amount", DataTypes.createDecimalType(14, 2))
                .add("cancellation_fee", DataTypes.createDecimalType(14, 2))
                .add("product_category", DataTypes.StringType));
    }

    private static Dataset<Row> customers() {
        List<Row> rows = new ArrayList<>();
        for (long id = 1; id <= 7; id++) {
            rows.add(RowFactory.create(id, "C" + id, id == 2 ? "enterprise" : "household"));
        }
        return SparkForTests.session().createDataFrame(rows, new StructType()
                .add("customer_id", DataTypes.LongType)
                .add("customer_code", DataTypes.StringType)
                .add("kind", DataTypes.StringType));
    }

    private static Dataset<Row> flags() {
        return SparkForTests.session().createDataFrame(List.of(
                RowFactory.create(1L, Date.valueOf("2025-06-30")),
                RowFactory.create(6L, Date.valueOf("2026-06-30"))), new StructType()
                .add("customer_id", DataTypes.LongType)
                .add("noted_on", DataTypes.DateType));
    }

    private final CustomerSegmentation segmentation = new CustomerSegmentation(SegmentationPolicy.defaults());

    @Test
    void everyCustomersFiguresFlagsSegmentAndScores() {
        CustomerSegmentation.Result result = segmentation.compute(orders(), customers(), flags(), JUNE, JUNE);

        // active customers only: month|id|code|kind|segment|first order|revenue|orders|order months|last order|
        //   recency|rank|top fifth|
        //   key account|premium|loyal|long term|at risk|watch|R|F|M
        assertThat(SparkForTests.lines(result.customers())).containsExactly(
                // six months of orders: loyal (and at risk, 197 days, but loyal comes first)
                "2026-06-01|1|C1|household|loyal|2025-07-15|600.00|6|6|2025-12-15|197|4|false|false|false|true|false"
                        + "|true|false|1|5|2",
                // ceil(20% × 5 active) = 1: the top fifth; unflagged, so premium too; key account comes first
                "2026-06-01|2|C2|enterprise|key_account|2026-06-01|150000.00|1|1|2026-06-01|29|1|true|true|true"
                        + "|false|false|false|false|4|1|5",
                // first order 30 months before: long-term; ties C6 at 800.00 and ranks first by code
                "2026-06-01|3|C3|household|long_term|2024-01-05|800.00|1|1|2026-05-20|41|2|false|false|false|false"
                        + "|true|false|false|3|2|3",
                // 90 days without an order: at risk; the fee counts as revenue, not as an order
                "2026-06-01|4|C4|household|at_risk|2026-04-01|350.00|1|1|2026-04-01|90|5|false|false|false|false"
                        + "|false|true|false|2|3|1",
                // flagged on the as-of day: watch
                "2026-06-01|6|C6|household|regular|2026-06-30|800.00|1|1|2026-06-30|0|3|false|false|false|false"
                        + "|false|false|true|5|4|4");
    }

    @Test
    void theTopFifthsShareAndTheProductMix() {
        CustomerSegmentation.Result result = segmentation.compute(orders(), customers(), flags(), JUNE, JUNE);

        // the five active customers by segment, and C5, who ordered before the window only: lapsed, not listed
        assertThat(SparkForTests.lines(result.segments())).containsExactly(
                "2026-06-01|at_risk|1|350.00", "2026-06-01|key_account|1|150000.00", "2026-06-01|lapsed|1|0.00",
                "2026-06-01|long_term|1|800.00", "2026-06-01|loyal|1|600.00", "2026-06-01|regular|1|800.00");
        // 150,000 of 152,550
        assertThat(SparkForTests.lines(result.pareto()))
                .containsExactly("2026-06-01|5|1|152550.00|150000.00|0.983284169125");
        // ten completed orders in the window, 152,500.00 (the fee is not an order's amount); premium: C2 alone
        assertThat(SparkForTests.lines(result.productMix())).containsExactly(
                "2026-06-01|all|cleaning|7|900.00|0.700000000000|0.005901639344",
                "2026-06-01|all|elder_care|1|800.00|0.100000000000|0.005245901639",
                "2026-06-01|all|facility|1|150000.00|0.100000000000|0.983606557377",
                "2026-06-01|all|maternity|1|800.00|0.100000000000|0.005245901639",
                "2026-06-01|premium|facility|1|150000.00|1.000000000000|1.000000000000");
    }

    @Test
    void aMonthEarlierTheWindowMoves() {
        CustomerSegmentation.Result result = segmentation.compute(orders(), customers(), flags(),
                JUNE.minusMonths(1), JUNE.minusMonths(1));

        // As of 31 May 2026 (window 1 June 2025 – 31 May 2026): C1's flag of 30 June 2025 is inside now; C2 and C6
        // have not ordered yet; C3 and C4 are active. Three active: the top fifth is ceil(0.6) = 1, C3 (800.00).
        assertThat(SparkForTests.lines(result.customers().select("customer_code", "segment", "revenue", "watch")))
                .containsExactly("C1|loyal|600.00|true", "C3|premium|800.00|false", "C4|regular|300.00|false");
        // ordered by then: C1, C3, C4 and C5; C5 is lapsed
        assertThat(SparkForTests.lines(result.segments())).containsExactly(
                "2026-05-01|lapsed|1|0.00", "2026-05-01|loyal|1|600.00", "2026-05-01|premium|1|800.00",
                "2026-05-01|regular|1|300.00");
    }
}
