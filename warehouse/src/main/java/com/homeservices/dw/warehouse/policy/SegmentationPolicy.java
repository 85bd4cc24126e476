package com.homeservices.dw.warehouse.policy;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Customer segmentation's numbers (metrics.md "Customer segmentation"): the top {@code topShare} of active
 * customers by revenue; an enterprise with at least {@code keyAccountRevenue} in the window is a key account;
 * orders in at least {@code loyalMonths} distinct months make a customer loyal; a first order at least
 * {@code longTermMonths} before the as-of day makes one long-term; no order in the last {@code atRiskDays} days
 * puts an active customer at risk.
 */
public record SegmentationPolicy(BigDecimal topShare, BigDecimal keyAccountRevenue, Integer loyalMonths,
                                 Integer longTermMonths, Integer atRiskDays) {

    public SegmentationPolicy {
        topShare = Objects.requireNonNullElse(topShare, new BigDecimal("0.20"));
        keyAccountRevenue = Objects.requireNonNullElse(keyAccountRevenue, new BigDecimal("100000"));
        loyalMonths = Objects.requireNonNullElse(loyalMonths, 6);
        longTermMonths = Objects.requireNonNullElse(longTermMonths, 24);
        atRiskDays = Objects.requireNonNullElse(atRiskDays, 90);
        if (topShare.signum() <= 0 || topShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("policy.segmentation.topShare must be above 0 and at most 1, not "
                    + topShare);
        }
    }

    public static SegmentationPolicy defaults() {
        return new SegmentationPolicy(null, null, null, null, null);
    }
}
