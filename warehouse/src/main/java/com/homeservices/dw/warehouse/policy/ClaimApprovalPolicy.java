package com.homeservices.dw.warehouse.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The claim approval limits (事故理赔): a loss estimated under {@code outletLimit} is the outlet's to settle;
 * an approved amount up to {@code specialistLimit} is the claims specialist's, up to
 * {@code departmentManagerLimit} the department manager's, and above it the vice president's.
 *
 * <p>The rule that names the tier a settled claim requires is written once, as {@link #tierRule()}: Java evaluates
 * it ({@link #requiredLevel}), and Spark and DuckDB run it as the SQL {@code CASE} it spells
 * ({@link #requiredTierSql}).
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
     * One step of the tier rule, tried in order: the first whose bounds the claim's amounts meet names its tier.
     * A null bound does not apply; the last step has none.
     *
     * @param estimateBelow  the estimated loss must be under this
     * @param approvedBelow  the approved amount must be under this
     * @param approvedAtMost the approved amount must be at most this
     */
    public record Step(ApprovalLevel level, BigDecimal estimateBelow, BigDecimal approvedBelow,
                       BigDecimal approvedAtMost) {

        boolean holds(BigDecimal estimatedLoss, BigDecimal approvedAmount) {
            return (estimateBelow == null || estimatedLoss.compareTo(estimateBelow) < 0)
                    && (approvedBelow == null || approvedAmount.compareTo(approvedBelow) < 0)
                    && (approvedAtMost == null || approvedAmount.compareTo(approvedAtMost) <= 0);
        }

        String sqlCondition(String estimatedLoss, String approvedAmount) {
            StringBuilder condition = new StringBuilder();
            bound(condition, estimatedLoss, " < ", estimateBelow);
            bound(condition, approvedAmount, " < ", approvedBelow);
            bound(condition, approvedAmount, " <= ", approvedAtMost);
            return condition.toString();
        }

        private static void bound(StringBuilder condition, String column, String operator, BigDecimal limit) {
            if (limit != null) {
                condition.append(condition.isEmpty() ? "" : " and ").append(column).append(operator)
                        .append(limit.toPlainString());
            }
        }
    }

    /**
     * The tier a settled claim requires (metrics.md): the outlet when both the estimate and the approved amount are
     * under the outlet limit; else by the approved amount.
     */
    public List<Step> tierRule() {
        return List.of(
                new Step(ApprovalLevel.OUTLET, outletLimit, outletLimit, null),
                new Step(ApprovalLevel.CLAIMS_SPECIALIST, null, null, specialistLimit),
                new Step(ApprovalLevel.DEPARTMENT_MANAGER, null, null, departmentManagerLimit),
                new Step(ApprovalLevel.VICE_PRESIDENT, null, null, null));
    }

    /** {@link #tierRule()} evaluated for one claim. */
    public ApprovalLevel requiredLevel(BigDecimal estimatedLoss, BigDecimal approvedAmount) {
        for (Step step : tierRule()) {
            if (step.holds(estimatedLoss, approvedAmount)) {
                return step.level();
            }
        }
        throw new IllegalStateException("the tier rule's last step holds for every claim");
    }

    /**
     * {@link #tierRule()} as a SQL {@code CASE} over two columns, yielding the tier's code; the limits are this
     * record's decimals, so nothing from outside enters the text.
     */
    public String requiredTierSql(String estimatedLoss, String approvedAmount) {
        List<Step> steps = tierRule();
        String whens = steps.subList(0, steps.size() - 1).stream()
                .map(step -> "when " + step.sqlCondition(estimatedLoss, approvedAmount) + " then '"
                        + step.level().code() + "'")
                .collect(Collectors.joining(" "));
        return "case " + whens + " else '" + steps.get(steps.size() - 1).level().code() + "' end";
    }
}
