package com.homeservices.dw.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.period.Period;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every figure of the Premium Customer Summary as of 30 June 2026 (window 1 July 2025 – 30 June 2026), on hand-made
 * customers and orders (HandMadeMarts.withCustomers) computed by Spark: the rows listed are exactly the hand-worked
 * ones, and they add up to the figure.
 *
 * <pre>
 * C1 600.00: SO101-SO106, 100.00 cleaning on the 15th, July-December 2025 (SO107 on 2025-06-30: a day before the
 *    window); flagged the day before the window: loyal
 * C2 150,000.00: SO201 facility 2026-06-01, an enterprise: key account (and in the top fifth)
 * C3 800.00: SO302 elder care 2026-05-20 (SO301 in 2024): long-term
 * C4 350.00: SO401 300.00 2026-04-01 and SO402's 50.00 fee 2026-06-10: at risk
 * C5 lapsed (SO501 in March 2025); C6 800.00: SO601 maternity 2026-06-30, flagged that day: regular; C7 no order
 * C8 120,200.00: SO801 60,000.00 cleaning 01-10, SO802 50,000.00 cleaning 01-20, SO803 10,000.00 maternity 03-05,
 *    SO804's 200.00 fee 06-15: 3 orders in 2 months, last 03-05, 117 days before 06-30: premium
 *
 * by revenue: C2 150,000.00, C8 120,200.00, C3 800.00, C6 800.00 (ties C3: by code), C1 600.00, C4 350.00;
 * 6 active, top fifth ceil(1.2) = 2: C2 and C8; revenue 272,750.00, the top fifth's 270,200.00: 99.065 % → 99.1
 *
 * RFM, worst first, ties by code; NTILE(5) of 6: groups start at positions 1, 3, 4, 5, 6
 * recency  C1 197 days, C8 117, C4 90, C3 41, C2 29, C6 0:        C8 2nd → 1, C2 5th → 4
 * orders   C2 1, C3 1, C4 1, C6 1, C8 3, C1 6:                     C8 5th → 4, C2 1st → 1
 * revenue  C4 350.00, C1 600.00, C3 800.00, C6 800.00, C8, C2:     C8 5th → 4, C2 6th → 5
 * </pre>
 */
class PremiumCustomersExplainIntegrationTest {

    private static final Period JUNE = Period.month(2026, 6);

    /** Per row, per figure: the rows' source numbers and the figure. */
    private static final Map<String, Map<String, String>> WORKED = Map.of(
            "customer_code:C8", Map.of(
                    "revenue_cny", "SO801,SO802,SO803,SO804=120200.00",
                    "orders", "SO801,SO802,SO803=3",
                    "order_months", "SO801,SO803=2",
                    "recency_days", "SO803=117",
                    "pareto_rank", "C2,C8=2"),
            "customer_code:C2", Map.of(
                    "revenue_cny", "SO201=150000.00",
                    "orders", "SO201=1",
                    "order_months", "SO201=1",
                    "recency_days", "SO201=29",
                    "pareto_rank", "C2=1"),
            "segment:premium", Map.of("customers", "C8=1", "revenue_cny", "C8=120200.00"),
            "segment:key_account", Map.of("customers", "C2=1", "revenue_cny", "C2=150000.00"),
            "segment:loyal", Map.of("customers", "C1=1", "revenue_cny", "C1=600.00"),
            "segment:long_term", Map.of("customers", "C3=1", "revenue_cny", "C3=800.00"),
            "segment:at_risk", Map.of("customers", "C4=1", "revenue_cny", "C4=350.00"),
            "segment:regular", Map.of("customers", "C6=1", "revenue_cny", "C6=800.00"),
            "segment:lapsed", Map.of("customers", "C5=1", "revenue_cny", "C5=0.00"),
            "company", Map.of(
                    "active_customers", "C2,C8,C3,C6,C1,C4=6",
                    "top_fifth_customers", "C2,C8=2",
                    "revenue_cny", "C2,C8,C3,C6,C1,C4=272750.00",
                    "top_fifth_revenue_cny", "C2,C8=270200.00"));

    @TempDir
    static Path temp;
    private static Warehouse warehouse;

    @BeforeAll
    static void computeTheMarts() {
        warehouse = HandMadeMarts.withCustomers(temp.resolve("work"));
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    @Test
    void everyFigureOfEveryRowIsItsHandWorkedRowsAndTheirSum() {
        WorkedFigures.check(new FigureExplainer(warehouse), "premium-customers", JUNE, WORKED,
                r -> r.get("source_no"), true);
    }

    @Test
    void eachRfmScoreIsNtileAtTheCustomersPositionByItsMeasure() {
        FigureExplainer explainer = new FigureExplainer(warehouse);
        Map<String, String> worked = Map.of("C8 r_score", "1", "C8 f_score", "4", "C8 m_score", "4",
                "C2 r_score", "4", "C2 f_score", "1", "C2 m_score", "5");
        worked.forEach((what, score) -> {
            FigureExplainer.Explanation explained = explainer.explain("premium-customers", JUNE,
                    RowKey.parse("customer_code:" + what.substring(0, 2)), what.substring(3));
            assertThat(explained.figure()).as(what).isEqualByComparingTo(score);
            assertThat(explained.agrees()).as(what).isTrue();
        });

        FigureExplainer.Explanation recency = explainer.explain("premium-customers", JUNE,
                RowKey.parse("customer_code:C8"), "r_score");
        assertThat(recency.formula()).isEqualTo("r_score = NTILE(5) at position 2 of 6 by recency_days, most days"
                + " first (ties by customer code): the groups start at positions 1, 3, 4, 5, 6, so 1");
        assertThat(recency.parts().get(0).rows()).extracting(r -> r.get("source_no") + "=" + r.get("recency_days"))
                .containsExactly("SO803=117");
    }

    /** A page's tables: each one's head with its figures, and how many rows it has. */
    @Test
    void aTablesHeadSaysHowManyRowsItHas() {
        List<FigureExplainer.FigureTable> heads = new FigureExplainer(warehouse).tables("premium-customers", JUNE,
                Scope.COMPANY, 1);

        assertThat(heads).extracting(t -> t.name() + " " + t.rows().size() + " of " + t.total())
                .containsExactly("customers 1 of 2", "segments 1 of 7", "pareto 1 of 1");
        assertThat(heads.get(0).rows()).extracting(r -> r.get("customer_code")).containsExactly("C2");
        assertThat(heads.get(0).figures()).contains("revenue_cny", "pareto_rank", "r_score");
        assertThat(heads.get(0).rowKey(heads.get(0).rows().get(0)).text()).isEqualTo("customer_code:C2");
    }

    @Test
    void aCustomersRowsSayWhatEachIs() {
        FigureExplainer.Explanation revenue = new FigureExplainer(warehouse).explain("premium-customers", JUNE,
                RowKey.parse("customer_code:C8"), "revenue");

        assertThat(revenue.rows()).extracting(r -> r.get("source") + "|" + r.get("source_no") + "|" + r.get("on_day")
                + "|" + r.get("product_category") + "|" + r.get("revenue_cny")).containsExactly(
                "order|SO801|2026-01-10|cleaning|60000.00", "order|SO802|2026-01-20|cleaning|50000.00",
                "order|SO803|2026-03-05|maternity|10000.00", "cancellation fee|SO804|2026-06-15|cleaning|200.00");
    }

    @Test
    void theTopFifthsShareIsItsRevenueOverEveryActiveCustomers() {
        FigureExplainer.Explanation share = new FigureExplainer(warehouse).explain("premium-customers", JUNE,
                RowKey.parse("company"), "top_fifth_revenue_pct");

        assertThat(share.formula()).isEqualTo("top_fifth_revenue_pct = top_fifth_revenue_cny ÷ revenue_cny × 100"
                + " = 270200.00 ÷ 272750.00 × 100");
        assertThat(share.figure()).isEqualByComparingTo("99.1");
        assertThat(share.agrees()).isTrue();
    }

    @Test
    void aCustomerTheSummaryDoesNotListHasNoRow() {
        FigureExplainer explainer = new FigureExplainer(warehouse);

        assertThatThrownBy(() -> explainer.explain("premium-customers", JUNE, RowKey.parse("customer_code:C1"),
                "revenue"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("premium-customers has no row for customer_code C1 in 2026-06");
        assertThatThrownBy(() -> explainer.explain("premium-customers", JUNE, RowKey.parse("outlet:O1"), "revenue"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("premium-customers has no row named outlet:O1: name one as customer_code:VALUE or"
                        + " segment:VALUE or company");
    }
}
