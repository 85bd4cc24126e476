package com.homeservices.dw.jobs.chains;

import static org.assertj.core.api.Assertions.assertThat;

import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.marts.Analyses;
import com.homeservices.dw.warehouse.marts.Analysis;
import com.homeservices.dw.warehouse.policy.CompanyPolicy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An analysis is computed again unless all its marts were recomputed over the range since the last load began. */
class FreshMartsTest {

    private static final Analytics.Range NOVEMBER = new Analytics.Range(LocalDate.of(2026, 11, 1),
            LocalDate.of(2026, 11, 30));

    @TempDir
    Path temp;

    @Test
    void onlyAnalysesWhoseEveryMartWasRecomputedOverTheRangeAfterTheLastLoadAreKept() {
        try (Warehouse warehouse = Warehouse.open(temp.resolve("w.duckdb"), CompanyPolicy.defaults())) {
            List<Analysis> all = Analyses.all(warehouse, null, temp);
            Analysis claims = named(all, "claim-totals");
            Analysis complaints = named(all, "complaint-handling");
            Analysis segmentation = named(all, "customer-segmentation");
            Analysis attrition = named(all, "staff-attrition");
            warehouse.execute("insert into etl_run values (1, 'csv:x', timestamp '2026-12-01 02:00:00',"
                    + " timestamp '2026-12-01 02:05:00', 'completed', timestamp '2026-11-30 20:00:00')");
            // claims: every mart from October to December, after the load; complaints: November only, but computed
            // before the load began; segmentation: one of its four marts; attrition: October to the 29th
            refreshed(warehouse, claims.marts(), "2026-10-01", "2026-12-31", "2026-12-01 06:00:00");
            refreshed(warehouse, complaints.marts(), "2026-11-01", "2026-11-30", "2026-12-01 01:59:59");
            refreshed(warehouse, segmentation.marts().subList(0, 1), "2026-11-01", "2026-11-30", "2026-12-01 06:00:00");
            refreshed(warehouse, attrition.marts(), "2026-10-01", "2026-11-29", "2026-12-01 06:00:00");
            List<Analytics.Work> work = List.of(new Analytics.Work(claims, NOVEMBER),
                    new Analytics.Work(complaints, NOVEMBER), new Analytics.Work(segmentation, NOVEMBER),
                    new Analytics.Work(attrition, NOVEMBER));
            List<String> said = new ArrayList<>();

            assertThat(FreshMarts.stale(warehouse, work, said::add)).extracting(w -> w.analysis().name())
                    .containsExactly("complaint-handling", "customer-segmentation", "staff-attrition");
            assertThat(said).containsExactly(
                    "kept claim totals (2026-11-01 to 2026-11-30): computed since the last load began");

            // a later load, even one that failed half way, may have changed the facts: nothing is fresh any more
            warehouse.execute("insert into etl_run values (2, 'csv:x', timestamp '2026-12-02 02:00:00', null,"
                    + " 'failed', null)");
            assertThat(FreshMarts.stale(warehouse, work, line -> { })).hasSize(4);
        }
    }

    private static Analysis named(List<Analysis> all, String name) {
        return Analyses.named(all, List.of(name)).get(0);
    }

    private static void refreshed(Warehouse warehouse, List<String> marts, String from, String to, String at) {
        for (String mart : marts) {
            warehouse.execute("insert into mart_refresh values ('" + mart + "', date '" + from + "', date '" + to
                    + "', timestamp '" + at + "', null, date '" + to + "')");
        }
    }
}
