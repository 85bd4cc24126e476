package com.homeservices.dw.reports;

import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.marts.ClaimTotalsRefresh;
import com.homeservices.dw.warehouse.policy.CompanyPolicy;
import com.homeservices.dw.warehouse.testing.HandMadeWarehouse;
import com.homeservices.dw.warehouse.testing.SparkForTests;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Mart rows written by hand for the report tests, on the hand-made warehouse's business units and outlets (B1: O1,
 * O2; B2: O3). The analyses that compute such rows are tested on their own; these tests check what a report makes of
 * given rows: selection, order, rounding, totals, scope and formats.
 */
final class HandMadeMarts {

    private HandMadeMarts() {
    }

    static Warehouse warehouse() {
        Warehouse warehouse = Warehouse.inMemory(CompanyPolicy.defaults());
        HandMadeWarehouse.fill(warehouse);
        return warehouse;
    }

    /**
     * The hand-made warehouse with its claim totals computed by Spark over 2023-12-18 … 2024-03-24 (its seven claims'
     * fortnights and those around them), the exchange in {@code work}.
     */
    static Warehouse withClaimTotals(Path work) {
        Warehouse warehouse = warehouse();
        new ClaimTotalsRefresh(warehouse, SparkForTests.session(), work)
                .refresh(LocalDate.of(2023, 12, 18), LocalDate.of(2024, 3, 24));
        return warehouse;
    }

    /** Notes that {@code mart} was computed for the days {@code from} to {@code to}, as a refresh notes it. */
    static void computed(Warehouse warehouse, String mart, LocalDate from, LocalDate to) {
        warehouse.execute("insert into mart_refresh values ('" + mart + "', date '" + from + "', date '" + to
                + "', timestamp '2024-02-01 09:00:00', timestamp '2024-01-20 10:00:00')");
    }
}
