package com.homeservices.dw.warehouse.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.homeservices.dw.warehouse.policy.AttritionPolicy;
import com.homeservices.dw.warehouse.testing.SparkForTests;
import java.sql.Date;
import java.time.YearMonth;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * Staff attrition on seven hand-made people, every figure worked out by hand. Business unit B1 has outlets O1 and
 * O2, B2 has O3.
 *
 * <pre>
 * P1 service_worker O1   hired 2023-06-15, employed
 * P2 service_worker      hired 2023-12-01, employed; O1 until 2024-01-15, then O2 (a transfer)
 * P3 service_worker O1   hired 2024-01-01 (a month's first day), left 2024-01-31 (its last), probation_failed
 * P4 outlet_admin   O2   hired 2022-02-01, left 2024-02-01 (a month's first day), resigned
 * P5 outlet_admin   O3   hired 2020-03-15, left 2024-03-31 (a month's last day), retired
 * P6 service_worker O3   hired 2024-03-10, employed
 * P7 service_worker O1   hired 2023-01-10, left 2023-05-20, dismissed (inside every trailing window below)
 * </pre>
 *
 * Company average headcounts, February 2023 to March 2024: 3, 3, 3, 2.5 (P7 leaves), 2.5 (P1 joins), 3, 3, 3, 3, 3,
 * 4 (P2), 5 (January: P1–P5), 3.5, 3.5.
 */
class StaffAttritionIntegrationTest {

    private static final StructType VERSIONS = new StructType()
            .add("staff_id", DataTypes.LongType)
            .add("business_unit_code", DataTypes.StringType)
            .add("outlet_code", DataTypes.StringType)
            .add("position", DataTypes.StringType)
            .add("valid_from", DataTypes.DateType)
            .add("valid_to", DataTypes.DateType)
            .add("is_current", DataTypes.BooleanType)
            .add("hired_on", DataTypes.DateType)
            .add("left_on", DataTypes.DateType)
            .add("leave_reason", DataTypes.StringType);

    private static final String ALWAYS = "1900-01-01";
    private static final String FOREVER = "9999-12-31";

    private final StaffAttrition attrition = new StaffAttrition(AttritionPolicy.defaults());

    private static Row version(long id, String unit, String outlet, String position, String from, String to,
                               boolean current, String hired, String left, String reason) {
        return RowFactory.create(id, unit, outlet, position, Date.valueOf(from), Date.valueOf(to), current,
                Date.valueOf(hired), left == null ? null : Date.valueOf(left), reason);
    }

    private static Dataset<Row> handMadeStaff() {
        List<Row> rows = List.of(
                version(1, "B1", "O1", "service_worker", ALWAYS, FOREVER, true, "2023-06-15", null, null),
                version(2, "B1", "O1", "service_worker", ALWAYS, "2024-01-15", false, "2023-12-01", null, null),
                version(2, "B1", "O2", "service_worker", "2024-01-16", FOREVER, true, "2023-12-01", null, null),
                // the leaving opened a version; the earlier one does not know it
                version(3, "B1", "O1", "service_worker", ALWAYS, "2024-01-30", false, "2024-01-01", null, null),
                version(3, "B1", "O1", "service_worker", "2024-01-31", FOREVER, true, "2024-01-01", "2024-01-31",
                        "probation_failed"),
                version(4, "B1", "O2", "outlet_admin", ALWAYS, FOREVER, true, "2022-02-01", "2024-02-01", "resigned"),
                version(5, "B2", "O3", "outlet_admin", ALWAYS, FOREVER, true, "2020-03-15", "2024-03-31", "retired"),
                version(6, "B2", "O3", "service_worker", ALWAYS, FOREVER, true, "2024-03-10", null, null),
                version(7, "B1", "O1", "service_worker", ALWAYS, FOREVER, true, "2023-01-10", "2023-05-20", "dismissed"));
        return SparkForTests.session().createDataFrame(rows, VERSIONS);
    }

    private Dataset<Row> firstQuarter() {
        return attrition.compute(handMadeStaff(), YearMonth.of(2024, 1), YearMonth.of(2024, 3)).cache();
    }

    @Test
    void companyRowsWithEveryRateAndTheTrailingTwelveMonths() {
        // month|cut|value|start|end|hires|separations|voluntary|involuntary|other|early|average|rate|voluntary rate|
        //   involuntary rate|other rate|early rate|trailing separations|trailing average|trailing rate
        assertThat(SparkForTests.lines(firstQuarter().where("cut = 'company'"))).containsExactly(
                // January: P3 joins on the 1st and leaves on the 31st, counted at both ends; 30 days: early.
                // Trailing: P7 and P3 over (38.0 / 12): 24 / 38
                "2024-01-01|company|all|5|5|1|1|0|1|0|1|5.0|0.200000000000|0.000000000000|0.200000000000"
                        + "|0.000000000000|0.200000000000|2|3.166667|0.631578947368",
                // February: P4 leaves on the 1st, counted at the start only; 1 / 3.5. Trailing 36 / 38.5
                "2024-02-01|company|all|4|3|0|1|1|0|0|0|3.5|0.285714285714|0.285714285714|0.000000000000"
                        + "|0.000000000000|0.000000000000|3|3.208333|0.935064935065",
                // March: P6 hired, P5 retires on the 31st (counted at the end). Trailing 48 / 39
                "2024-03-01|company|all|3|4|1|1|0|0|1|0|3.5|0.285714285714|0.000000000000|0.000000000000"
                        + "|0.285714285714|0.000000000000|4|3.250000|1.230769230769");
    }

    @Test
    void aTransferCountsAtTheOutletOfTheDayCounted() {
        // P2 is at O1 on 1 January and at O2 on 31 January. O1 trailing: P7 (1, 1, 1, 0.5), P1 (0.5, then 1 × 5),
        // P1 and P2 in December (2), January 2.5: 13.5, with P7 and P3 leaving: 24 / 13.5
        assertThat(SparkForTests.lines(firstQuarter().where("cut = 'outlet' and month_start_on = '2024-01-01'")))
                .containsExactly(
                        "2024-01-01|outlet|O1|3|2|1|1|0|1|0|1|2.5|0.400000000000|0.000000000000|0.400000000000"
                                + "|0.000000000000|0.400000000000|2|1.125000|1.777777777778",
                        "2024-01-01|outlet|O2|1|2|0|0|0|0|0|0|1.5|0.000000000000|0.000000000000|0.000000000000"
                                + "|0.000000000000|0.000000000000|0|1.041667|0.000000000000",
                        // P5 alone, all year
                        "2024-01-01|outlet|O3|1|1|0|0|0|0|0|0|1.0|0.000000000000|0.000000000000|0.000000000000"
                                + "|0.000000000000|0.000000000000|0|1.000000|0.000000000000");
    }

    @Test
    void tenureBandsByCalendarMonthsAndAZeroHeadcountHasNoRate() {
        Dataset<Row> bands = firstQuarter().where("cut = 'tenure_band'")
                .select("month_start_on", "cut_value", "headcount_start", "headcount_end", "hires", "separations",
                        "average_headcount", "attrition_rate");

        assertThat(SparkForTests.lines(bands.where("month_start_on = '2024-01-01'"))).containsExactly(
                "2024-01-01|1_to_3_years|1|1|0|0|1.0|0.000000000000",
                "2024-01-01|3_to_12_months|1|1|0|0|1.0|0.000000000000",
                "2024-01-01|3_years_and_more|1|1|0|0|1.0|0.000000000000",
                // P2 (hired 1 December) and P3; P3's hire and separation both fall in the band
                "2024-01-01|under_3_months|2|2|1|1|2.0|0.500000000000");
        assertThat(SparkForTests.lines(bands.where("month_start_on = '2024-03-01'"))).containsExactly(
                // nobody left in the band since P4 (a row, for the trailing figure), and no rate on no headcount
                "2024-03-01|1_to_3_years|0|0|0|0|0.0|",
                // P2 reaches three months on 1 March exactly: already 3–12 months at the month's start
                "2024-03-01|3_to_12_months|2|2|0|0|2.0|0.000000000000",
                "2024-03-01|3_years_and_more|1|1|0|1|1.0|1.000000000000",
                "2024-03-01|under_3_months|0|1|1|0|0.5|0.000000000000");
    }

    @Test
    void positionsAndBusinessUnits() {
        Dataset<Row> rows = firstQuarter().select("month_start_on", "cut", "cut_value", "headcount_start",
                "headcount_end", "hires", "separations", "other_separations", "average_headcount", "attrition_rate");

        assertThat(SparkForTests.lines(rows.where("cut = 'position' and month_start_on = '2024-02-01'")))
                .containsExactly(
                        "2024-02-01|position|outlet_admin|2|1|0|1|0|1.5|0.666666666667",
                        "2024-02-01|position|service_worker|2|2|0|0|0|2.0|0.000000000000");
        assertThat(SparkForTests.lines(rows.where("cut = 'business_unit' and month_start_on = '2024-03-01'")))
                .containsExactly(
                        "2024-03-01|business_unit|B1|2|2|0|0|0|2.0|0.000000000000",
                        "2024-03-01|business_unit|B2|1|2|1|1|1|1.5|0.666666666667");
    }

    @Test
    void aLongerEarlyAttritionWindowFromThePolicy() {
        StaffAttrition longWindow = new StaffAttrition(new AttritionPolicy(731, null));

        Dataset<Row> february = longWindow.compute(handMadeStaff(), YearMonth.of(2024, 2), YearMonth.of(2024, 2))
                .where("cut = 'company'").select("early_separations", "early_rate");

        // P4 leaves 730 days after the hire: early when the window is 731 days
        assertThat(SparkForTests.lines(february)).containsExactly("1|0.285714285714");
    }
}
