package com.homeservices.dw.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.marts.ClaimTotalsRefresh;
import com.homeservices.dw.warehouse.period.Period;
import com.homeservices.dw.warehouse.period.PeriodKind;
import com.homeservices.dw.warehouse.testing.HandMadeWarehouse;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every figure of every outlet row of Claim Totals explained on the hand-made warehouse, fortnight 2024-01-01 …
 * 01-14 (HandMadeWarehouse's seven claims; the figures are ClaimTotalsIntegrationTest's): the claims listed are
 * exactly the hand-worked ones, and they add up to the figure.
 */
class ClaimTotalsExplainIntegrationTest {

    private static final Period FORTNIGHT = new Period(PeriodKind.FORTNIGHT, LocalDate.of(2024, 1, 1));

    /**
     * Worked by hand: per outlet, each figure's claims (a figure not named has none). O1: C1 settled in the fortnight
     * (outlet tier), C2 reported on its last day and decided after it, C3 reported before it and still open. O2: C4
     * reported and settled after the end, C5 rejected. O3: C7 settled needing the claims specialist but approved by
     * the outlet (an authority exception); C6 settled before the fortnight.
     */
    private static final Map<String, Map<String, List<String>>> CLAIMS = Map.of(
            "O1", claims("claims_reported=C1,C2", "claims_settled=C1", "settled_claimed_amount=C1",
                    "settled_approved_amount=C1", "settled_staff_liability_amount=C1", "settled_insurer_recovery=C1",
                    "settled_net_cost=C1", "claims_open_at_end=C2,C3", "open_estimated_loss=C2,C3",
                    "outlet_tier_claims=C1", "outlet_tier_approved_amount=C1"),
            "O2", claims("claims_reported=C4,C5", "claims_rejected=C5", "claims_open_at_end=C4",
                    "open_estimated_loss=C4"),
            "O3", claims("claims_reported=C7", "claims_settled=C7", "settled_claimed_amount=C7",
                    "settled_approved_amount=C7", "settled_staff_liability_amount=C7", "settled_insurer_recovery=C7",
                    "settled_net_cost=C7", "claims_specialist_tier_claims=C7",
                    "claims_specialist_tier_approved_amount=C7", "authority_exceptions=C7"));

    /** {@code figure=C1,C2} each. */
    private static Map<String, List<String>> claims(String... figures) {
        Map<String, List<String>> byFigure = new java.util.HashMap<>();
        for (String figure : figures) {
            String[] parts = figure.split("=");
            byFigure.put(parts[0], List.of(parts[1].split(",")));
        }
        return byFigure;
    }

    /** The figures as the report shows them, worked by hand (ClaimTotalsReportIntegrationTest's rows). */
    private static final Map<String, Map<String, String>> FIGURES = Map.of(
            "O1", Map.of("claims_reported", "2", "claims_settled", "1", "settled_claimed_amount", "400.00",
                    "settled_approved_amount", "450.00", "settled_staff_liability_amount", "50.00",
                    "settled_insurer_recovery", "100.00", "settled_net_cost", "300.00", "claims_open_at_end", "2",
                    "open_estimated_loss", "2800.00", "outlet_tier_approved_amount", "450.00"),
            "O2", Map.of("claims_reported", "2", "claims_rejected", "1", "claims_open_at_end", "1",
                    "open_estimated_loss", "1200.00"),
            "O3", Map.of("claims_reported", "1", "settled_claimed_amount", "250.00", "settled_approved_amount",
                    "200.00", "settled_staff_liability_amount", "20.00", "settled_insurer_recovery", "30.00",
                    "settled_net_cost", "150.00", "claims_specialist_tier_approved_amount", "200.00",
                    "authority_exceptions", "1"));

    private static final List<String> EVERY_FIGURE = List.of("claims_reported", "claims_settled",
            "settled_claimed_amount", "settled_approved_amount", "settled_staff_liability_amount",
            "settled_insurer_recovery", "settled_net_cost", "claims_rejected", "claims_open_at_end",
            "open_estimated_loss", "outlet_tier_claims", "outlet_tier_approved_amount",
            "claims_specialist_tier_claims", "claims_specialist_tier_approved_amount", "department_manager_tier_claims",
            "department_manager_tier_approved_amount", "vice_president_tier_claims",
            "vice_president_tier_approved_amount", "authority_exceptions");

    @TempDir
    static Path temp;
    private static Warehouse warehouse;

    @BeforeAll
    static void computeTheMarts() {
        warehouse = HandMadeMarts.withClaimTotals(temp.resolve("work"));
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    @Test
    void everyFigureOfEveryOutletIsItsHandWorkedClaimsAndTheirSum() {
        FigureExplainer explainer = new FigureExplainer(warehouse);
        for (String outlet : List.of("O1", "O2", "O3")) {
            for (String figure : EVERY_FIGURE) {
                FigureExplainer.Explanation explained = explainer.explain("claim-totals", FORTNIGHT,
                        Scope.parse("outlet:" + outlet), figure);
                String what = outlet + " " + figure;

                assertThat(explained.rows().stream().map(r -> r.get("claim_no"))).as(what)
                        .containsExactlyElementsOf(CLAIMS.get(outlet).getOrDefault(figure, List.of()));
                String expected = FIGURES.get(outlet).getOrDefault(figure,
                        String.valueOf(CLAIMS.get(outlet).getOrDefault(figure, List.of()).size()));
                assertThat(explained.figure()).as(what).isEqualByComparingTo(new BigDecimal(expected));
                assertThat(explained.sum()).as(what).isEqualByComparingTo(explained.figure());
                assertThat(explained.agrees()).as(what).isTrue();
            }
        }
    }

    @Test
    void aBusinessUnitsFigureIsItsOutletsClaimsTogether() {
        FigureExplainer explainer = new FigureExplainer(warehouse);
        for (String figure : EVERY_FIGURE) {
            FigureExplainer.Explanation explained = explainer.explain("claim-totals", FORTNIGHT,
                    Scope.parse("business-unit:B1"), figure);
            // B1 is O1 and O2: their claims in claim_no order, their figures added
            List<String> claims = java.util.stream.Stream.of("O1", "O2")
                    .flatMap(o -> CLAIMS.get(o).getOrDefault(figure, List.of()).stream()).sorted().toList();
            BigDecimal expected = java.util.stream.Stream.of("O1", "O2")
                    .map(o -> new BigDecimal(FIGURES.get(o).getOrDefault(figure,
                            String.valueOf(CLAIMS.get(o).getOrDefault(figure, List.of()).size()))))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);

            assertThat(explained.rows().stream().map(r -> r.get("claim_no"))).as(figure).containsExactlyElementsOf(claims);
            assertThat(explained.figure()).as(figure).isEqualByComparingTo(expected);
            assertThat(explained.agrees()).as(figure).isTrue();
        }
    }

    @Test
    void eachRowSaysWhereItCameFromAndAMoneyFigureMayBeNamedWithItsUnit() {
        FigureExplainer.Explanation explained = new FigureExplainer(warehouse).explain("claim-totals", FORTNIGHT,
                Scope.parse("outlet:O1"), "open_estimated_loss_cny");

        assertThat(explained.columns()).containsExactly("claim_no", "source_id", "load_run_id", "business_unit_code",
                "outlet_code", "status", "reported_on", "decided_on", "approver_role", "required_tier",
                "open_estimated_loss_cny");
        assertThat(explained.rows()).extracting(r -> r.get("claim_no") + "|" + r.get("source_id") + "|"
                + r.get("status") + "|" + r.get("open_estimated_loss_cny"))
                .containsExactly("C2|2|settled|800.00", "C3|3|open|2000.00");
    }

    @Test
    void aFigureTheReportDoesNotHaveOrARowItDoesNotShowIsOneSentence() {
        FigureExplainer explainer = new FigureExplainer(warehouse);

        assertThatThrownBy(() -> explainer.explain("claim-totals", FORTNIGHT, Scope.parse("outlet:O1"), "profit"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("claim-totals has no figure 'profit'; its figures are claims_reported,"
                        + " claims_settled, settled_claimed_amount,");
        assertThatThrownBy(() -> explainer.explain("claim-totals", FORTNIGHT, RowKey.parse("kind:hard"),
                "claims_reported"))
                .hasMessage("claim-totals has no row named kind:hard: name one as outlet:CODE or"
                        + " outlet:CODE,claim_no:VALUE or company");
    }

    @Test
    void theCompanysTotalIsEveryOutletsClaims() {
        FigureExplainer explainer = new FigureExplainer(warehouse);

        FigureExplainer.Explanation reported = explainer.explain("claim-totals", FORTNIGHT, RowKey.parse("company"),
                "claims_reported");
        assertThat(reported.rows()).extracting(r -> r.get("claim_no"))
                .containsExactlyInAnyOrder("C1", "C2", "C4", "C5", "C7");
        assertThat(reported.figure()).isEqualByComparingTo("5");
        assertThat(reported.agrees()).isTrue();

        FigureExplainer.Explanation netCost = explainer.explain("claim-totals", FORTNIGHT, Scope.COMPANY,
                "settled_net_cost");
        assertThat(netCost.rows()).extracting(r -> r.get("claim_no")).containsExactlyInAnyOrder("C1", "C7");
        assertThat(netCost.figure()).isEqualByComparingTo("450.00");
        assertThat(netCost.agrees()).isTrue();
    }

    @Test
    void anAuthorityExceptionIsItsClaimWithTheTierItsAmountsRequired() {
        // C7 (O3): estimated 500.00, claimed 250.00, approved 200.00 by the outlet; its amounts need the claims
        // specialist. The company's list and B2's hold it; O1's claims were approved at their tier.
        FigureExplainer explainer = new FigureExplainer(warehouse);
        WorkedFigures.check(explainer, "claim-totals", FORTNIGHT, Map.of(
                "outlet:O3,claim_no:C7", Map.of("estimated_loss_cny", "C7=500.00", "claimed_amount", "C7=250.00",
                        "approved_amount_cny", "C7=200.00")), r -> r.get("claim_no"), true);

        FigureExplainer.Explanation approved = explainer.explain("claim-totals", FORTNIGHT,
                RowKey.parse("outlet:O3,claim_no:C7"), "approved_amount");
        assertThat(approved.rows()).extracting(r -> r.get("approver_role") + " below " + r.get("required_tier"))
                .containsExactly("outlet below claims_specialist");
        assertThat(explainer.tables("claim-totals", FORTNIGHT, Scope.parse("business-unit:B2")).stream()
                .filter(t -> t.name().equals("exceptions")).findFirst().orElseThrow().figures())
                .containsExactly("estimated_loss_cny", "claimed_amount_cny", "approved_amount_cny");
        assertThatThrownBy(() -> explainer.explain("claim-totals", FORTNIGHT, RowKey.parse("outlet:O1,claim_no:C1"),
                "approved_amount"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("claim-totals has no row for outlet O1, claim_no C1 in 2024-01-01");
    }

    /** A row of the reconciliation's listing: a loaded claim by its number, an outlet row of the report as "O1 row". */
    private static Object claimOrOutletRow(Map<String, Object> row) {
        return row.get("claim_no") != null ? row.get("claim_no") : row.get("outlet_code") + " row";
    }

    @Test
    void theReconciliationLineIsTheLoadedClaimsLessTheOutletRows() {
        // Settled in the fortnight: C1 (O1, approved 450.00) and C7 (O3, 200.00); the report's rows O1 and O3 hold
        // them. A difference lists each outlet's claims (+) beside its row (-): here they cancel out.
        FigureExplainer explainer = new FigureExplainer(warehouse);
        WorkedFigures.check(explainer, "claim-totals", FORTNIGHT, Map.of("company", Map.of(
                "source_settled_claims", "C1,C7=2",
                "source_approved_amount", "C1,C7=650.00",
                "mart_settled_claims", "O1 row,O3 row=2",
                "mart_approved_amount_cny", "O1 row,O3 row=650.00",
                "settled_claims_difference", "C1,O1 row,C7,O3 row=0",
                "approved_amount_difference", "C1,O1 row,C7,O3 row=0.00")),
                ClaimTotalsExplainIntegrationTest::claimOrOutletRow, true);
        assertThat(explainer.explain("claim-totals", FORTNIGHT, RowKey.parse("company"), "approved_amount_difference")
                .rows()).extracting(r -> r.get("approved_amount_difference_cny").toString())
                .containsExactly("450.00", "-450.00", "200.00", "-200.00");

        // the line is the whole company's: its rows (B2's claims too) are explained to a reader of the company alone
        assertThat(reconciliationFigures(explainer, Scope.COMPANY)).containsExactly("source_settled_claims",
                "source_approved_amount_cny", "mart_settled_claims", "mart_approved_amount_cny",
                "settled_claims_difference", "approved_amount_difference_cny");
        assertThat(reconciliationFigures(explainer, Scope.parse("business-unit:B1"))).isEmpty();
        assertThat(reconciliationFigures(explainer, Scope.parse("outlet:O1"))).isEmpty();
    }

    @Test
    void aDifferenceIsTheClaimNoOutletRowHolds() {
        // C8 (O2, approved 60.00) settled in the fortnight and loaded after the totals were computed, the line
        // worked out again: the source has 3 settled claims (710.00), the report 2 (650.00); O2 has no row to cancel
        // C8 out.
        Warehouse behind = HandMadeMarts.withClaimTotals(temp.resolve("behind"));
        try (behind) {
            behind.execute("insert into fct_claim values " + HandMadeWarehouse.claim(8, "C8", 2,
                    "2024-01-04 09:00:00", "2024-01-08 16:00:00", "60.00", "60.00", "60.00", "0.00", "0.00", "outlet",
                    "settled"));
            behind.inTransaction(c -> {
                ClaimTotalsRefresh.reconcile(c, FORTNIGHT, FORTNIGHT);
                return null;
            });
            WorkedFigures.check(new FigureExplainer(behind), "claim-totals", FORTNIGHT, Map.of("company", Map.of(
                    "source_settled_claims", "C1,C8,C7=3",
                    "source_approved_amount", "C1,C8,C7=710.00",
                    "mart_settled_claims", "O1 row,O3 row=2",
                    "settled_claims_difference", "C1,O1 row,C8,C7,O3 row=1",
                    "approved_amount_difference", "C1,O1 row,C8,C7,O3 row=60.00")),
                    ClaimTotalsExplainIntegrationTest::claimOrOutletRow, true);
        }
    }

    private static List<String> reconciliationFigures(FigureExplainer explainer, Scope scope) {
        return explainer.tables("claim-totals", FORTNIGHT, scope).stream()
                .filter(t -> t.name().equals("reconciliation")).findFirst().orElseThrow().figures();
    }
}
