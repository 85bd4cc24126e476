package com.homeservices.dw.warehouse.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Staff attrition's numbers (metrics.md "Staff attrition"): a separation less than {@code earlyDays} days after the
 * hire is early attrition; tenure bands break at {@code tenureBandMonths} calendar months after the hire (by default
 * under 3 months, 3–12 months, 1–3 years, 3 years and more).
 */
public record AttritionPolicy(Integer earlyDays, List<Integer> tenureBandMonths) {

    public static final int DEFAULT_EARLY_DAYS = 90;
    public static final List<Integer> DEFAULT_TENURE_BAND_MONTHS = List.of(3, 12, 36);

    public AttritionPolicy {
        earlyDays = Objects.requireNonNullElse(earlyDays, DEFAULT_EARLY_DAYS);
        tenureBandMonths = List.copyOf(Objects.requireNonNullElse(tenureBandMonths, DEFAULT_TENURE_BAND_MONTHS));
        if (earlyDays <= 0) {
            throw new IllegalArgumentException("policy.attrition.earlyDays must be positive, not " + earlyDays);
        }
        if (tenureBandMonths.isEmpty()) {
            throw new IllegalArgumentException("policy.attrition.tenureBandMonths needs at least one bound");
        }
        for (int i = 0; i < tenureBandMonths.size(); i++) {
            if (tenureBandMonths.get(i) <= (i == 0 ? 0 : tenureBandMonths.get(i - 1))) {
                throw new IllegalArgumentException("policy.attrition.tenureBandMonths must be positive and rise: "
                        + tenureBandMonths);
            }
        }
    }

    public static AttritionPolicy defaults() {
        return new AttritionPolicy(null, null);
    }

    /**
     * The tenure bands' codes, shortest tenure first: {@code under_3_months}, {@code 3_to_12_months},
     * {@code 1_to_3_years}, {@code 3_years_and_more} by default (a span in whole years is named in years).
     */
    public List<String> tenureBands() {
        List<String> bands = new ArrayList<>();
        bands.add("under_" + span(tenureBandMonths.get(0)));
        for (int i = 1; i < tenureBandMonths.size(); i++) {
            int from = tenureBandMonths.get(i - 1);
            int to = tenureBandMonths.get(i);
            bands.add(from % 12 == 0 && to % 12 == 0 ? from / 12 + "_to_" + to / 12 + "_years"
                    : from + "_to_" + to + "_months");
        }
        bands.add(span(tenureBandMonths.get(tenureBandMonths.size() - 1)) + "_and_more");
        return bands;
    }

    private static String span(int months) {
        return months % 12 == 0 ? months / 12 + (months == 12 ? "_year" : "_years") : months + "_months";
    }
}
