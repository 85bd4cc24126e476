package com.homeservices.dw.warehouse.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules that moved out of the routines into the policy: tenure bands, the cost-ratio cap, the leave limits. */
class PolicyRulesTest {

    @Test
    void tenureBandsAreNamedFromTheirBounds() {
        assertThat(AttritionPolicy.defaults().tenureBands())
                .containsExactly("under_3_months", "3_to_12_months", "1_to_3_years", "3_years_and_more");
        assertThat(new AttritionPolicy(null, List.of(6, 24)).tenureBands())
                .containsExactly("under_6_months", "6_to_24_months", "2_years_and_more");
        assertThat(new AttritionPolicy(null, List.of(12)).tenureBands()).containsExactly("under_1_year", "1_year_and_more");
        assertThatThrownBy(() -> new AttritionPolicy(null, List.of(12, 3)))
                .hasMessage("policy.attrition.tenureBandMonths must be positive and rise: [12, 3]");
    }

    @Test
    void theVariableCostCapIsAFractionBelowOne() {
        assertThat(ProfitabilityPolicy.defaults().variableCostCap()).isEqualByComparingTo("0.95");
        assertThat(ProfitabilityPolicy.defaults().targetMonthsBefore()).isEqualTo(2);
        assertThatThrownBy(() -> new ProfitabilityPolicy(BigDecimal.ONE, null))
                .hasMessage("policy.profitability.variableCostCap must be above 0 and below 1, not 1");
    }

    @Test
    void whoApprovesALeaveIsOneSqlCaseOverKindGradeAndDays() {
        assertThat(LeavePolicy.defaults().approverSql("k", "g", "d")).isEqualTo("case when d <= case when"
                + " k = 'personal_leave' then case when g = 'staff' then 2 else 1 end else case when g = 'staff' then 3"
                + " else 2 end end then 'supervisor' when d <= 5 then 'division_manager' else 'general_manager' end");
        assertThatThrownBy(() -> new LeavePolicy(6, null, null, null, 5))
                .hasMessage("policy.leave: a supervisor's limit must be from 0 to divisionManagerDays (5), not 6");
    }
}
