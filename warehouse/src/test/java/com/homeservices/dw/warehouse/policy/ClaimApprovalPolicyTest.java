package com.homeservices.dw.warehouse.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimApprovalPolicyTest {

    private final ClaimApprovalPolicy limits = ClaimApprovalPolicy.defaults();

    @ParameterizedTest(name = "estimate {0}, approved {1} needs {2}")
    @CsvSource({
            "499.99, 499.99, OUTLET",
            "500.00, 100.00, CLAIMS_SPECIALIST",     // the estimate alone lifts it off the outlet
            "100.00, 500.00, CLAIMS_SPECIALIST",     // so does the approved amount
            "800.00, 1000.00, CLAIMS_SPECIALIST",    // up to 1,000 inclusive
            "800.00, 1000.01, DEPARTMENT_MANAGER",
            "800.00, 1500.00, DEPARTMENT_MANAGER",   // up to 1,500 inclusive
            "800.00, 1500.01, VICE_PRESIDENT",
            "0.00, 0.00, OUTLET",
    })
    void requiredLevelFollowsTheLimits(BigDecimal estimate, BigDecimal approved, ApprovalLevel expected) {
        assertThat(limits.requiredLevel(estimate, approved)).isEqualTo(expected);
    }

    @Test
    void sparkAndDuckDbRunTheSameRuleAsSql() {
        assertThat(limits.requiredTierSql("e", "a")).isEqualTo("case when e < 500 and a < 500 then 'outlet'"
                + " when a <= 1000 then 'claims_specialist' when a <= 1500 then 'department_manager'"
                + " else 'vice_president' end");
    }

    @Test
    void defaultsAreTheCompanyRules() {
        assertThat(limits.outletLimit()).isEqualByComparingTo("500");
        assertThat(limits.specialistLimit()).isEqualByComparingTo("1000");
        assertThat(limits.departmentManagerLimit()).isEqualByComparingTo("1500");
    }

    @Test
    void limitsMustRise() {
        assertThatThrownBy(() -> new ClaimApprovalPolicy(new BigDecimal("2000"), null, null))
                .hasMessageContaining("policy.claims limits must rise");
    }

    @Test
    void approvalLevelsRankInTheCompanyOrder() {
        assertThat(ApprovalLevel.OUTLET).isLessThan(ApprovalLevel.CLAIMS_SPECIALIST);
        assertThat(ApprovalLevel.CLAIMS_SPECIALIST).isLessThan(ApprovalLevel.DEPARTMENT_MANAGER);
        assertThat(ApprovalLevel.DEPARTMENT_MANAGER).isLessThan(ApprovalLevel.VICE_PRESIDENT);
        assertThat(ApprovalLevel.ofCode("claims_specialist")).isEqualTo(ApprovalLevel.CLAIMS_SPECIALIST);
    }
}
