package com.homeservices.dw.warehouse.policy;

import java.util.Objects;

/**
 * How fast a complaint must be answered (metrics.md "Complaint handling"), in minutes from its receipt: the first
 * response within {@code softFirstResponseMinutes} for a soft complaint (about service or manner) or
 * {@code hardFirstResponseMinutes} for a hard one (a concrete, visible defect), the second within the second limits,
 * and the follow-up within {@code followUpHours} of the resolution.
 */
public record ComplaintPolicy(Integer softFirstResponseMinutes, Integer hardFirstResponseMinutes,
                              Integer softSecondResponseMinutes, Integer hardSecondResponseMinutes,
                              Integer followUpHours) {

    public ComplaintPolicy {
        softFirstResponseMinutes = Objects.requireNonNullElse(softFirstResponseMinutes, 15);
        hardFirstResponseMinutes = Objects.requireNonNullElse(hardFirstResponseMinutes, 60);
        softSecondResponseMinutes = Objects.requireNonNullElse(softSecondResponseMinutes, 30);
        hardSecondResponseMinutes = Objects.requireNonNullElse(hardSecondResponseMinutes, 180);
        followUpHours = Objects.requireNonNullElse(followUpHours, 24);
        for (int limit : new int[] {softFirstResponseMinutes, hardFirstResponseMinutes, softSecondResponseMinutes,
                hardSecondResponseMinutes, followUpHours}) {
            if (limit <= 0) {
                throw new IllegalArgumentException("policy.complaints limits must be positive, not " + limit);
            }
        }
    }

    public static ComplaintPolicy defaults() {
        return new ComplaintPolicy(null, null, null, null, null);
    }

    /** The first-response limit of a complaint of {@code kind} ({@code soft} or {@code hard}), in minutes. */
    public int firstResponseMinutes(String kind) {
        return "hard".equals(kind) ? hardFirstResponseMinutes : softFirstResponseMinutes;
    }

    /** The second-response limit of a complaint of {@code kind}, in minutes. */
    public int secondResponseMinutes(String kind) {
        return "hard".equals(kind) ? hardSecondResponseMinutes : softSecondResponseMinutes;
    }
}
