package com.homeservices.dw.warehouse.policy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The company's own rules (source.md "Policies", metrics.md "Periods"), each with its default.
 * Every routine takes its numbers from here; none is a literal in a routine.
 *
 * @param zone           the company's time zone; every date is a local date in it
 * @param fortnightEpoch the Monday on which fortnight 0 starts
 * @param claims         who may approve a claim of what size (事故理赔)
 * @param complaints     how fast a complaint must be answered
 * @param attrition      what counts as early attrition
 * @param segmentation   the thresholds of customer segmentation
 * @param profitability  the daily revenue target's numbers
 * @param leave          who approves a leave of how many days
 */
public record CompanyPolicy(ZoneId zone, LocalDate fortnightEpoch, ClaimApprovalPolicy claims,
                            ComplaintPolicy complaints, AttritionPolicy attrition, SegmentationPolicy segmentation,
                            ProfitabilityPolicy profitability, LeavePolicy leave) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");
    public static final LocalDate DEFAULT_FORTNIGHT_EPOCH = LocalDate.of(2024, 1, 1);

    public CompanyPolicy {
        if (zone == null) {
            zone = DEFAULT_ZONE;
        }
        if (fortnightEpoch == null) {
            fortnightEpoch = DEFAULT_FORTNIGHT_EPOCH;
        }
        if (fortnightEpoch.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException(
                    "policy.fortnightEpoch must be a Monday, but " + fortnightEpoch + " is a " + fortnightEpoch.getDayOfWeek());
        }
        if (claims == null) {
            claims = ClaimApprovalPolicy.defaults();
        }
        if (complaints == null) {
            complaints = ComplaintPolicy.defaults();
        }
        if (attrition == null) {
            attrition = AttritionPolicy.defaults();
        }
        if (segmentation == null) {
            segmentation = SegmentationPolicy.defaults();
        }
        if (profitability == null) {
            profitability = ProfitabilityPolicy.defaults();
        }
        if (leave == null) {
            leave = LeavePolicy.defaults();
        }
    }

    public static CompanyPolicy defaults() {
        return new CompanyPolicy(null, null, null, null, null, null, null, null);
    }
}
