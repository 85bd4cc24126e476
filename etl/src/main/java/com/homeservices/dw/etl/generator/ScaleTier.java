package com.homeservices.dw.etl.generator;

import java.util.Locale;

/**
 * How big a generated company is. {@code small} is the demo's size; {@code medium} and {@code large} are about 10×
 * and 60× it; {@code tiny} keeps tests quick while still spanning three years and every policy.
 */
public enum ScaleTier {
    TINY(4, 60, 600, 6_000),
    SMALL(20, 1_500, 30_000, 300_000),
    MEDIUM(200, 15_000, 300_000, 3_000_000),
    LARGE(1_200, 90_000, 1_800_000, 18_000_000);

    /** History every tier spans, in years before the last day. */
    public static final int YEARS = 3;

    private final int outlets;
    private final int staff;
    private final int customers;
    private final int orders;

    ScaleTier(int outlets, int staff, int customers, int orders) {
        this.outlets = outlets;
        this.staff = staff;
        this.customers = customers;
        this.orders = orders;
    }

    public int outlets() {
        return outlets;
    }

    /** Staff ever employed over the history, leavers included. */
    public int staff() {
        return staff;
    }

    public int customers() {
        return customers;
    }

    public int orders() {
        return orders;
    }

    public static ScaleTier parse(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown tier '" + name + "': use tiny, small, medium or large");
        }
    }
}
