package com.homeservices.dw.warehouse.policy;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The claim approval limits (事故理赔): a loss estimated under {@code outletLimit} is the outlet's to settle;
 * an approved amount up to {@code specialistLimit} is the claims specialist's, up to
 * {@code departmentManagerLimit} the department manager's, and above it the vice president's.
 */
public record ClaimApprovalPolicy(BigDecimal outletLimit, BigDecimal specialistLimit, BigDecimal departmentManagerLimit) {

    public static final BigDecimal DEFAULT_OUTLET_LIMIT = new BigDecimal("500");
    public static final BigDecimal DEFAULT_SPECIALIST_LIMIT = new BigDecimal("1000");
    public static final BigDecimal DEFAULT_DEPARTMENT_MANAGER_LIMIT = new BigDecimal("1500");

    public ClaimApprovalPolicy {
        outletLimit = Objects.requireNonNullElse(outletLimit, DEFAULT_OUTLET_LIMIT);
        specialistLimit = Objects.requireNonNullElse(specialistLimit, DEFAULT_SPECIALIST_LIMIT);
        departmentManagerLimit = Objects.requireNonNullElse(departmentManagerLimit, DEFAULT_DEPARTMENT_MANAGER_LIMIT);
        if (outletLimit.signum() <= 0 || outletLimit.compareTo(specialistLimit) > 0
                || specialistLimit.compareTo(departmentManagerLimit) > 0) {
            throw new IllegalArgumentException("policy.claims limits must rise: 0 < outletLimit (" + outletLimit
                    + ") <= specialistLimit (" + specialistLimit + ") <= departmentManagerLimit (" + departmentManagerLimit + ")");
        }
    }

    public static ClaimApprovalPolicy defaults() {
        return new ClaimApprovalPolicy(null, null, null);
    }

    /**
     * The tier a settled claim requires (metrics.md): the outlet when both the estimate and the approved amount are
     * under the outlet limit; else by the approved amount.
     */
    public ApprovalLevel requiredLevel(BigDecimal estimatedLoss, BigDecimal approvedAmount) {
        if (estimatedLoss.compareTo(outletLimit) < 0 && approvedAmount.compareTo(outletLimit) < 0) {
            return ApprovalLevel.OUTLET;
        }
        if (approvedAmount.compareTo(specialistLimit) <= 0) {
            return ApprovalLevel.CLAIMS_SPECIALIST;
        }
        if (approvedAmount.compareTo(departmentManagerLimit) <= 0) {
            return ApprovalLevel.DEPARTMENT_MANAGER;
        }
        return ApprovalLevel.VICE_PRESIDENT;
    }
}
