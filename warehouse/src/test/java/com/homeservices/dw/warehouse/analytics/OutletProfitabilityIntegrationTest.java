package com.homeservices.dw.warehouse.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.homeservices.dw.warehouse.policy.ProfitabilityPolicy;
import com.homeservices.dw.warehouse.testing.SparkForTests;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * Outlet profitability on hand-made rows, every figure worked out by hand. Outlets O1 and O2 (B1), open all along.
 * The week of Monday 29 January 2024 has three days in January (31 days) and four in February (29 days).
 *
 * <pre>
 * O1  completed 2023-12-15 2000.00 (8 h × 25.00)   completed 2024-01-30 1000.00 (4 h × 50.00)
 *     completed 2024-02-02 500.00 (2 h × 40.00)   cancelled 2024-02-03, fee 30.00   booked (never counts)
 *     claim settled 2024-02-01, net 120.00
 *     expenses January 3100.00, February 2900.00 (100 a day in both)
 *     payroll January: outlet_admin 6200.00 (200 a day), service_worker 5000.00 (direct labour, not admin);
 *             February: customer_service 5800.00 (200 a day)
 * O2  completed 2024-01-10 3000.00 (10 h, no hourly rate: no direct labour)   expenses January 1550.00 (50 a day)
 * head office January 4000.00: O1 holds 1000 of the company's 4000 revenue, O2 3000
 * </pre>
 */
class OutletProfitabilityIntegrationTest {

    private static final BigDecimal NONE = null;

    private static Dataset<Row> orders(Row... rows) {
        return SparkForTests.session().createDataFrame(List.of(rows), new StructType()
                .add("outlet_code", DataTypes.StringType)
                .add("status", DataTypes.StringType)
                .add("completed_on", DataTypes.DateType)
                .add("cancelled_on", DataTypes.DateType)
                .add("amount", DataTypes.createDecimalType(14, 2))
                .add("cancellation_fee", DataTypes.createDecimalType(14, 2))
                .add("hours", DataTypes.createDecimalType(8, 2))
                .add("lead_hourly_rate", DataTypes.createDecimalType(14, 2)));
    }

    private static Row order(String outlet, String status, String completed, String cancelled, String amount,
                             String fee, String hours, String rate) {
        return RowFactory.create(outlet, status, date(completed), date(cancelled), money(amount), money(fee),
                money(hours), money(rate));
    }

    private static Dataset<Row> claims(Row... rows) {
        return SparkForTests.session().createDataFrame(List.of(rows), new StructType()
                .add("outlet_code", DataTypes.StringType)
                .add("status", DataTypes.StringType)
                .add("settled_on", DataTypes.DateType)
                .add("net_cost", DataTypes.createDecimalType(14, 2)));
    }

    private static Dataset<Row> costs(Row... rows) {
        return SparkForTests.session().createDataFrame(List.of(rows), new StructType()
                .add("outlet_code", DataTypes.StringType)
                .add("month_on", DataTypes.DateType)
                .add("kind", DataTypes.StringType)
                .add("position", DataTypes.StringType)
                .add("amount", DataTypes.createDecimalType(14, 2)));
    }

    private static Row cost(String outlet, String month, String kind, String position, String amount) {
        return RowFactory.create(outlet, date(month), kind, position, money(amount));
    }

    private static Dataset<Row> headOffice(Row... rows) {
        return SparkForTests.session().createDataFrame(List.of(rows), new StructType()
                .add("month_on", DataTypes.DateType)
                .add("amount", DataTypes.createDecimalType(14, 2)));
    }

    private static Dataset<Row> outlets() {
        SparkSession spark = SparkForTests.session();
        return spark.createDataFrame(List.of(
                RowFactory.create("O1", "B1", date("2020-01-01"), null),
                RowFactory.create("O2", "B1", date("2020-01-01"), null)), new StructType()
                .add("outlet_code", DataTypes.StringType)
                .add("business_unit_code", DataTypes.StringType)
                .add("opened_on", DataTypes.DateType)
                .add("closed_on", DataTypes.DateType));
    }

    private static OutletProfitability.Inputs handMade() {
        return new OutletProfitability.Inputs(
                orders(order("O1", "completed", "2023-12-15", null, "2000.00", "0.00", "8.00", "25.00"),
                        order("O1", "completed", "2024-01-30", null, "1000.00", "0.00", "4.00", "50.00"),
                        order("O1", "completed", "2024-02-02", null, "500.00", "0.00", "2.00", "40.00"),
                        order("O1", "cancelled", null, "2024-02-03", "450.00", "30.00", "3.00", "40.00"),
                        order("O1", "booked", null, null, "700.00", "0.00", "3.00", "40.00"),
                        order("O2", "completed", "2024-01-10", null, "3000.00", "0.00", "10.00", null)),
                claims(RowFactory.create("O1", "settled", date("2024-02-01"), money("120.00")),
                        RowFactory.create("O2", "open", null, money("999.00"))),
                costs(cost("O1", "2024-01-01", "expense", null, "3100.00"),
                        cost("O1", "2024-02-01", "expense", null, "2900.00"),
                        cost("O1", "2024-01-01", "payroll", "outlet_admin", "6200.00"),
                        cost("O1", "2024-01-01", "payroll", "service_worker", "5000.00"),
                        cost("O1", "2024-02-01", "payroll", "customer_service", "5800.00"),
                        cost("O2", "2024-01-01", "expense", null, "1550.00")),
                headOffice(RowFactory.create(date("2024-01-01"), money("4000.00"))),
                outlets());
    }

    @Test
    void monthlyRowsWithTheHeadOfficeShareAndTheDailyTarget() {
        OutletProfitability.Result result = new OutletProfitability(ProfitabilityPolicy.defaults())
                .compute(handMade(), LocalDate.of(2024, 1, 29), LocalDate.of(2024, 2, 4));

        // month|unit|outlet|revenue|labour|claims|expenses|admin|head office|profit|margin|loss|daily target|actual
        assertThat(SparkForTests.lines(result.monthly())).containsExactly(
                // fixed 10,300; over November to January revenue 3,000 and variable costs 400:
                // 10,300 × 3,000 ÷ (2,600 × 31) = 383.37468982…; 1,000 ÷ 31 = 32.2580645…
                "2024-01-01|B1|O1|1000.00|200.00|0.00|3100.00|6200.00|1000.000000|-9500.000000|-9.500000000000|true"
                        + "|383.374690|32.258065",
                // 4,000 × 3,000 ÷ 4,000; fixed 4,550, no variable cost: 4,550 ÷ 31
                "2024-01-01|B1|O2|3000.00|0.00|0.00|1550.00|0.00|3000.000000|-1550.000000|-0.516666666667|true"
                        + "|146.774194|96.774194",
                // no head-office cost in February; December to February: 3,530 revenue, 600 variable:
                // 8,700 × 3,530 ÷ (2,930 × 29)
                "2024-02-01|B1|O1|530.00|80.00|120.00|2900.00|5800.00|0.000000|-8370.000000|-15.792452830189|true"
                        + "|361.433447|18.275862",
                // open, nothing happened: a row of zeros, no margin on no revenue
                "2024-02-01|B1|O2|0.00|0.00|0.00|0.00|0.00|0.000000|0.000000||false|0.000000|0.000000");
    }

    @Test
    void aWeekAcrossTwoMonthsTakesItsDaysOfEach() {
        OutletProfitability.Result result = new OutletProfitability(ProfitabilityPolicy.defaults())
                .compute(handMade(), LocalDate.of(2024, 1, 29), LocalDate.of(2024, 2, 4));

        // week|unit|outlet|revenue|labour|claims|expenses|admin|head office|profit|margin|loss|review
        assertThat(SparkForTests.lines(result.weekly())).containsExactly(
                // expenses 3,100 × 3/31 + 2,900 × 4/29 = 700; admin 600 + 800; head office 4,000 × 1,000 × 3 ÷
                // (4,000 × 31) = 96.774194 (February's has none); the week before lost money too: review
                "2024-01-29|B1|O1|1530.00|280.00|120.00|700.000000|1400.000000|96.774194|-1066.774194"
                        + "|-0.697238035294|true|true",
                "2024-01-29|B1|O2|0.00|0.00|0.00|150.000000|0.000000|290.322581|-440.322581||true|true");
    }

    @Test
    void aMonthWithoutRevenueAllocatesNothingAndHasNoTarget() {
        OutletProfitability.Inputs march = new OutletProfitability.Inputs(
                orders(), claims(), costs(), headOffice(RowFactory.create(date("2024-03-01"), money("500.00"))),
                outlets().where("outlet_code = 'O1'"));

        OutletProfitability.Result result = new OutletProfitability(ProfitabilityPolicy.defaults())
                .compute(march, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));

        assertThat(SparkForTests.lines(result.monthly())).containsExactly(
                "2024-03-01|B1|O1|0.00|0.00|0.00|0.00|0.00|0.000000|0.000000||false||0.000000");
    }

    private static Date date(String day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static BigDecimal money(String amount) {
        return amount == null ? NONE : new BigDecimal(amount);
    }

    @Test
    void aWeekReachingIntoTheNextMonthSharesItsHeadOfficeByTheWholeMonthsRevenue() {
        // Only 29 January 2024 is asked for; its week runs to Sunday 4 February. February's head office, 2,900.00
        // (100 a day), goes by February's whole revenue: O1 500.00 on the 2nd, O2 1,500.00 on the 20th.
        OutletProfitability.Inputs february = new OutletProfitability.Inputs(
                orders(order("O1", "completed", "2024-02-02", null, "500.00", "0.00", "2.00", "40.00"),
                        order("O2", "completed", "2024-02-20", null, "1500.00", "0.00", "6.00", "40.00")),
                claims(), costs(), headOffice(RowFactory.create(date("2024-02-01"), money("2900.00"))), outlets());

        OutletProfitability.Result result = new OutletProfitability(ProfitabilityPolicy.defaults())
                .compute(february, LocalDate.of(2024, 1, 29), LocalDate.of(2024, 1, 29));

        // O1: 4 days × 100 × 500 ÷ 2,000 = 100; O2: 4 × 100 × 1,500 ÷ 2,000 = 300 (not 0 and 400, as February's
        // revenue up to the 4th alone would give)
        assertThat(SparkForTests.lines(result.weekly().select("outlet_code", "revenue", "head_office_allocation")))
                .containsExactly("O1|500.00|100.000000", "O2|0.00|300.000000");
    }
}
