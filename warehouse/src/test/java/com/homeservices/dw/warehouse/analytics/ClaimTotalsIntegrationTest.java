package com.homeservices.dw.warehouse.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.homeservices.dw.warehouse.period.Fortnight;
import com.homeservices.dw.warehouse.period.Period;
import com.homeservices.dw.warehouse.period.PeriodKind;
import com.homeservices.dw.warehouse.policy.CompanyPolicy;
import com.homeservices.dw.warehouse.testing.SparkForTests;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * Claim totals on hand-made claims, every figure worked out by hand. Epoch 2024-01-01: fortnight −1 is
 * 2023-12-18…12-31, fortnight 0 is 2024-01-01…01-14, fortnight 1 is 01-15…01-28.
 */
class ClaimTotalsIntegrationTest {

    private static final StructType CLAIMS = new StructType()
            .add("claim_no", DataTypes.StringType)
            .add("business_unit_code", DataTypes.StringType)
            .add("outlet_code", DataTypes.StringType)
            .add("reported_on", DataTypes.DateType)
            .add("decided_on", DataTypes.DateType)
            .add("status", DataTypes.StringType)
            .add("estimated_loss", DataTypes.createDecimalType(14, 2))
            .add("claimed_amount", DataTypes.createDecimalType(14, 2))
            .add("approved_amount", DataTypes.createDecimalType(14, 2))
            .add("staff_liability_amount", DataTypes.createDecimalType(14, 2))
            .add("insurer_recovery", DataTypes.createDecimalType(14, 2))
            .add("approver_role", DataTypes.StringType);

    private static final Period BEFORE_EPOCH = new Period(PeriodKind.FORTNIGHT, LocalDate.of(2023, 12, 18));
    private static final Period FIRST = new Period(PeriodKind.FORTNIGHT, LocalDate.of(2024, 1, 1));
    private static final Period SECOND = new Period(PeriodKind.FORTNIGHT, LocalDate.of(2024, 1, 15));

    private final ClaimTotals claimTotals = new ClaimTotals(CompanyPolicy.defaults());

    private static Row claim(String no, String unit, String outlet, String reported, String decided, String status,
                             String estimate, String claimed, String approved, String staff, String insurer,
                             String approver) {
        return RowFactory.create(no, unit, outlet, Date.valueOf(reported),
                decided == null ? null : Date.valueOf(decided), status, new BigDecimal(estimate),
                new BigDecimal(claimed), new BigDecimal(approved), new BigDecimal(staff), new BigDecimal(insurer),
                approver);
    }

    private static Dataset<Row> handMadeClaims() {
        List<Row> rows = List.of(
                // reported on the first day, settled on the last day of fortnight 0; outlet tier, outlet approved
                claim("C1", "B1", "O1", "2024-01-01", "2024-01-14", "settled", "300.00", "400.00", "450.00", "50.00", "100.00", "outlet"),
                // reported on fortnight 0's last day, settled on fortnight 1's first: open at the end of fortnight 0
                claim("C2", "B1", "O1", "2024-01-14", "2024-01-15", "settled", "800.00", "900.00", "1000.00", "0.00", "200.00", "claims_specialist"),
                // reported before the epoch and still open: open at the end of every fortnight since
                claim("C3", "B1", "O1", "2023-12-31", null, "open", "2000.00", "2500.00", "0.00", "0.00", "0.00", null),
                // 1,500.01 needs the vice president; a department manager approved it: an authority exception
                claim("C4", "B1", "O2", "2024-01-02", "2024-01-20", "settled", "1200.00", "1600.00", "1500.01", "100.00", "0.00", "department_manager"),
                // rejected inside fortnight 0: counted as rejected, not open at its end
                claim("C5", "B1", "O2", "2024-01-03", "2024-01-10", "rejected", "100.00", "100.00", "0.00", "0.00", "0.00", "outlet"),
                // wholly before the epoch: 499.99 on both amounts stays with the outlet
                claim("C6", "B2", "O3", "2023-12-20", "2023-12-30", "settled", "499.99", "600.00", "499.99", "0.00", "0.00", "outlet"),
                // an estimate of exactly 500 needs the claims specialist; the outlet settled it: an exception
                claim("C7", "B2", "O3", "2024-01-05", "2024-01-12", "settled", "500.00", "250.00", "200.00", "20.00", "30.00", "outlet"));
        return SparkForTests.session().createDataFrame(rows, CLAIMS);
    }

    @Test
    void totalsPerFortnightAndOutletAsWorkedOutByHand() {
        ClaimTotals.Result result = claimTotals.compute(handMadeClaims(), BEFORE_EPOCH, SECOND);

        // fortnight|unit|outlet|reported|settled|claimed|approved|staff|insurer|net|rejected|open|open loss|
        //   outlet n|outlet amt|specialist n|amt|dept mgr n|amt|vp n|amt|exceptions
        assertThat(SparkForTests.lines(result.totals())).containsExactly(
                "2023-12-18|B1|O1|1|0|0.00|0.00|0.00|0.00|0.00|0|1|2000.00|0|0.00|0|0.00|0|0.00|0|0.00|0",
                "2023-12-18|B2|O3|1|1|600.00|499.99|0.00|0.00|499.99|0|0|0.00|1|499.99|0|0.00|0|0.00|0|0.00|0",
                "2024-01-01|B1|O1|2|1|400.00|450.00|50.00|100.00|300.00|0|2|2800.00|1|450.00|0|0.00|0|0.00|0|0.00|0",
                "2024-01-01|B1|O2|2|0|0.00|0.00|0.00|0.00|0.00|1|1|1200.00|0|0.00|0|0.00|0|0.00|0|0.00|0",
                "2024-01-01|B2|O3|1|1|250.00|200.00|20.00|30.00|150.00|0|0|0.00|0|0.00|1|200.00|0|0.00|0|0.00|1",
                "2024-01-15|B1|O1|0|1|900.00|1000.00|0.00|200.00|800.00|0|1|2000.00|0|0.00|1|1000.00|0|0.00|0|0.00|0",
                "2024-01-15|B1|O2|0|1|1600.00|1500.01|100.00|0.00|1400.01|0|0|0.00|0|0.00|0|0.00|0|0.00|1|1500.01|1");
        assertThat(SparkForTests.lines(result.exceptions())).containsExactly(
                "2024-01-01|B2|O3|C7|500.00|250.00|200.00|outlet|claims_specialist",
                "2024-01-15|B1|O2|C4|1200.00|1600.00|1500.01|department_manager|vice_president");
    }

    @Test
    void aNarrowerRangeKeepsClaimsOpenFromBeforeIt() {
        ClaimTotals.Result result = claimTotals.compute(handMadeClaims(), FIRST, FIRST);

        assertThat(SparkForTests.lines(result.totals())).containsExactly(
                "2024-01-01|B1|O1|2|1|400.00|450.00|50.00|100.00|300.00|0|2|2800.00|1|450.00|0|0.00|0|0.00|0|0.00|0",
                "2024-01-01|B1|O2|2|0|0.00|0.00|0.00|0.00|0.00|1|1|1200.00|0|0.00|0|0.00|0|0.00|0|0.00|0",
                "2024-01-01|B2|O3|1|1|250.00|200.00|20.00|30.00|150.00|0|0|0.00|0|0.00|1|200.00|0|0.00|0|0.00|1");
        assertThat(SparkForTests.lines(result.exceptions())).containsExactly(
                "2024-01-01|B2|O3|C7|500.00|250.00|200.00|outlet|claims_specialist");
    }

    @Test
    void aFortnightWithoutClaimsHasNoRows() {
        Period empty = new Period(PeriodKind.FORTNIGHT, LocalDate.of(2024, 3, 11));

        ClaimTotals.Result result = claimTotals.compute(handMadeClaims().where("status <> 'open'"), empty, empty);

        assertThat(SparkForTests.lines(result.totals())).isEmpty();
        assertThat(SparkForTests.lines(result.exceptions())).isEmpty();
    }

    @Test
    void sparksFortnightRuleAgreesWithTheJavaRuleOnEveryDayOfThreeYears() {
        LocalDate epoch = CompanyPolicy.DEFAULT_FORTNIGHT_EPOCH;
        Dataset<Row> days = SparkForTests.session()
                .sql("select explode(sequence(date'2022-11-01', date'2025-11-30')) as d");

        List<String> sparkStarts = SparkForTests.lines(days.select(
                Fortnight.startColumn(org.apache.spark.sql.functions.col("d"), epoch)).orderBy("d"));

        List<String> javaStarts = LocalDate.of(2022, 11, 1).datesUntil(LocalDate.of(2025, 12, 1))
                .map(d -> Fortnight.startOf(d, epoch).toString()).toList();
        assertThat(sparkStarts).isEqualTo(javaStarts);
    }
}
