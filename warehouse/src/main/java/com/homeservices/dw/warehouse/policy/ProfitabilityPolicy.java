package com.homeservices.dw.warehouse.policy;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Outlet profitability's numbers (metrics.md "Outlet profitability"): the daily revenue target divides the fixed
 * costs by one less the variable cost ratio, the ratio capped at {@code variableCostCap}, measured over the month
 * and the {@code targetMonthsBefore} months before it.
 */
public record ProfitabilityPolicy(BigDecimal variableCostCap, Integer targetMonthsBefore) {

    public static final BigDecimal DEFAULT_VARIABLE_COST_CAP = new BigDecimal("0.95");
    public static final int DEFAULT_TARGET_MONTHS_BEFORE = 2;

    public ProfitabilityPolicy {
        variableCostCap = Objects.requireNonNullElse(variableCostCap, DEFAULT_VARIABLE_COST_CAP);
        targetMonthsBefore = Objects.requireNonNullElse(targetMonthsBefore, DEFAULT_TARGET_MONTHS_BEFORE);
        if (variableCostCap.signum() <= 0 || variableCostCap.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("policy.profitability.variableCostCap must be above 0 and below 1, not "
                    + variableCostCap);
        }
        if (targetMonthsBefore < 0) {
            throw new IllegalArgumentException("policy.profitability.targetMonthsBefore cannot be negative: "
                    + targetMonthsBefore);
        }
    }

    public static ProfitabilityPolicy defaults() {
        return new ProfitabilityPolicy(null, null);
    }
}
