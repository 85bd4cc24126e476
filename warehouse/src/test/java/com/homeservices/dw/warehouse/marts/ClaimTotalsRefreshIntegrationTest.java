package com.homeservices.dw.warehouse.marts;

import static org.assertj.core.api.Assertions.assertThat;

import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.period.Period;
import com.homeservices.dw.warehouse.period.PeriodKind;
import com.homeservices.dw.warehouse.policy.CompanyPolicy;
import com.homeservices.dw.warehouse.testing.HandMadeWarehouse;
import com.homeservices.dw.warehouse.testing.Rows;
import com.homeservices.dw.warehouse.testing.SparkForTests;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warehouse → Parquet → Spark → Parquet → warehouse round trip, on the hand-made claims. */
class ClaimTotalsRefreshIntegrationTest {

    @TempDir
    Path work;

    private static final Period FIRST = new Period(PeriodKind.FORTNIGHT, LocalDate.of(2024, 1, 1));
    private static final Period SECOND = new Period(PeriodKind.FORTNIGHT, LocalDate.of(2024, 1, 15));

    @Test
    void martRowsCarryNamesAndTheReconciliationIsZero() throws SQLException {
        try (Warehouse warehouse = Warehouse.inMemory(CompanyPolicy.defaults())) {
            HandMadeWarehouse.fill(warehouse);

            new ClaimTotalsRefresh(warehouse, SparkForTests.session(), work).refresh(FIRST, SECOND);

            assertThat(rows(warehouse, "select fortnight_start_on, outlet_code, outlet_name, business_unit_name_zh,"
                    + " claims_reported, settled_net_cost, claims_open_at_end, open_estimated_loss"
                    + " from mart_claim_totals_fortnight order by 1, 2")).containsExactly(
                    "2024-01-01|O1|上海徐汇家庭网点1|家庭服务中心|2|300.00|2|2800.00",
                    "2024-01-01|O2|上海浦东家庭网点2|家庭服务中心|2|0.00|1|1200.00",
                    "2024-01-01|O3|北京朝阳后勤网点1|后勤服务中心|1|150.00|0|0.00",
                    "2024-01-15|O1|上海徐汇家庭网点1|家庭服务中心|0|800.00|1|2000.00",
                    "2024-01-15|O2|上海浦东家庭网点2|家庭服务中心|0|1400.01|0|0.00");
            // Fortnight 0: C1 (450.00) and C7 (200.00) settled; fortnight 1: C2 (1000.00) and C4 (1500.01).
            assertThat(rows(warehouse, "select * from mart_claim_reconciliation_fortnight order by 1")).containsExactly(
                    "2024-01-01|2|650.00|2|650.00|0|0.00",
                    "2024-01-15|2|2500.01|2|2500.01|0|0.00");
            assertThat(rows(warehouse, "select claim_no, outlet_name, required_tier from mart_claim_authority_exception"
                    + " order by 1")).containsExactly("C4|上海浦东家庭网点2|vice_president", "C7|北京朝阳后勤网点1|claims_specialist");
        }
    }

    @Test
    void recomputingARangeReplacesItsRowsAndLeavesOthersAlone() throws SQLException {
        try (Warehouse warehouse = Warehouse.inMemory(CompanyPolicy.defaults())) {
            HandMadeWarehouse.fill(warehouse);
            ClaimTotalsRefresh refresh = new ClaimTotalsRefresh(warehouse, SparkForTests.session(), work);
            refresh.refresh(FIRST, SECOND);
            warehouse.execute("update fct_claim set approved_amount = 460.00, net_cost = 310.00 where claim_no = 'C1'");

            refresh.refresh(FIRST, FIRST);

            assertThat(rows(warehouse, "select fortnight_start_on, outlet_code, settled_approved_amount"
                    + " from mart_claim_totals_fortnight where outlet_code = 'O1' order by 1")).containsExactly(
                    "2024-01-01|O1|460.00", "2024-01-15|O1|1000.00");
            assertThat(rows(warehouse, "select count(*) from mart_claim_totals_fortnight")).containsExactly("5");
            assertThat(rows(warehouse, "select fortnight_start_on, approved_amount_difference"
                    + " from mart_claim_reconciliation_fortnight order by 1"))
                    .containsExactly("2024-01-01|0.00", "2024-01-15|0.00");
        }
    }

    private static List<String> rows(Warehouse warehouse, String sql) throws SQLException {
        return Rows.of(warehouse, sql);
    }
}
