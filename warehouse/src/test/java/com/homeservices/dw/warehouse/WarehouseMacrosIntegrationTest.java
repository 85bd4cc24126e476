package com.homeservices.dw.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import com.homeservices.dw.warehouse.policy.CompanyPolicy;
import com.homeservices.dw.warehouse.testing.Rows;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The macros every connection to the warehouse has: the policy's claim tier rule and the exact display percent. */
class WarehouseMacrosIntegrationTest {

    @Test
    void displayPercentRoundsHalfUpOnceAndExactly() throws SQLException {
        try (Warehouse warehouse = Warehouse.inMemory(CompanyPolicy.defaults())) {
            // 1/16 = 6.25 % and -1/8 = -12.5 %: ties away from zero; 2/3 = 66.666…; -351.8475 / 15000 = -2.34565 %
            assertThat(Rows.of(warehouse, "select display_percent(1, 16), display_percent(-1, 80),"
                    + " display_percent(2, 3), display_percent(cast(-351.847500 as decimal(24,6)),"
                    + " cast(15000.00 as decimal(18,2))), display_percent(5, 0), display_percent(null, 3),"
                    + " typeof(display_percent(1, 3))"))
                    .containsExactly("6.3|-1.3|66.7|-2.3|||DECIMAL(18,1)");
        }
    }

    @Test
    void requiredTierIsThePolicysRuleInSql() throws SQLException {
        try (Warehouse warehouse = Warehouse.inMemory(CompanyPolicy.defaults());
             Warehouse another = warehouse.anotherConnection()) {
            String query = "select required_tier(499.99, 499.99), required_tier(500.00, 100.00),"
                    + " required_tier(800.00, 1000.01), required_tier(800.00, 1500.01)";
            assertThat(Rows.of(warehouse, query))
                    .containsExactly("outlet|claims_specialist|department_manager|vice_president");
            assertThat(Rows.of(another, query))
                    .containsExactly("outlet|claims_specialist|department_manager|vice_president");
        }
    }
}
