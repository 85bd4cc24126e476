package com.homeservices.dw.warehouse.policy;

import java.util.Objects;

/**
 * Staff attrition's one number (metrics.md "Staff attrition"): a separation less than {@code earlyDays} days after
 * the hire is early attrition.
 */
public record AttritionPolicy(Integer earlyDays) {

    public AttritionPolicy {
        earlyDays = Objects.requireNonNullElse(earlyDays, 90);
        if (earlyDays <= 0) {
            throw new IllegalArgumentException("policy.attrition.earlyDays must be positive, not " + earlyDays);
        }
    }

    public static AttritionPolicy defaults() {
        return new AttritionPolicy(null);
    }
}
