package com.homeservices.dw.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.period.Period;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every figure of the Product Mix as of 30 June 2026, on PremiumCustomersExplainIntegrationTest's customers
 * (HandMadeMarts.withCustomers, which lists each order): the orders listed are exactly the hand-worked ones, and they
 * add up to the figure. The premium customers are C2 (key account, unflagged, top fifth) and C8.
 *
 * <pre>
 * cleaning    SO101-SO106 (C1), SO801, SO802 (C8), SO401 (C4, 04-01): 9 orders, 110,900.00;
 *             premium SO801, SO802: 2, 110,000.00
 * facility    SO201 (C2): 1, 150,000.00; premium the same
 * elder_care  SO302 (C3): 1, 800.00; no premium order
 * maternity   SO803 (C8, 03-05), SO601 (C6, 06-30): 2, 10,800.00; premium SO803: 1, 10,000.00
 * totals      13 orders, 272,500.00 (fees are not orders' amounts); premium 4, 270,000.00
 * cleaning's shares: 9 ÷ 13 = 69.2 %, 110,900.00 ÷ 272,500.00 = 40.7 %; premium 2 ÷ 4 = 50.0 %, 110,000 ÷ 270,000
 * = 40.7 %
 * </pre>
 */
class ProductMixExplainIntegrationTest {

    private static final Period JUNE = Period.month(2026, 6);

    private static final Map<String, Map<String, String>> WORKED = Map.of(
            "product_category:cleaning", Map.of(
                    "all_orders", "SO101,SO102,SO103,SO104,SO105,SO106,SO801,SO802,SO401=9",
                    "all_amount_cny", "SO101,SO102,SO103,SO104,SO105,SO106,SO801,SO802,SO401=110900.00",
                    "premium_orders", "SO801,SO802=2",
                    "premium_amount_cny", "SO801,SO802=110000.00"),
            "product_category:facility", Map.of("all_orders", "SO201=1", "premium_amount_cny", "SO201=150000.00"),
            "product_category:elder_care", Map.of("all_amount_cny", "SO302=800.00", "premium_orders", "=0"),
            "product_category:maternity", Map.of("all_orders", "SO803,SO601=2", "all_amount_cny", "SO803,SO601=10800.00",
                    "premium_orders", "SO803=1"));

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
    void everyFigureOfEveryCategoryIsItsHandWorkedOrdersAndTheirSum() {
        WorkedFigures.check(new FigureExplainer(warehouse), "product-mix", JUNE, WORKED, r -> r.get("source_no"), true);
    }

    @Test
    void aLongExplanationHeldInPartIsWrittenAsOneHeldWhole() {
        WorkedFigures.heldInPartAsWhole(warehouse, "product-mix", JUNE, "product_category:cleaning", "all_orders", 2);
        // a share: the category's orders held in part, every category's row (the whole) held
        WorkedFigures.heldInPartAsWhole(warehouse, "product-mix", JUNE, "product_category:cleaning",
                "all_amount_pct", 4);
    }

    @Test
    void aShareIsTheCategorysFigureOverEveryCategorys() {
        FigureExplainer explainer = new FigureExplainer(warehouse);
        Map<String, String> shares = Map.of("all_order_pct", "69.2", "all_amount_pct", "40.7", "premium_order_pct",
                "50.0", "premium_amount_pct", "40.7");
        shares.forEach((figure, worked) -> {
            FigureExplainer.Explanation share = explainer.explain("product-mix", JUNE,
                    RowKey.parse("product_category:cleaning"), figure);
            assertThat(share.figure()).as(figure).isEqualByComparingTo(worked);
            assertThat(share.agrees()).as(figure).isTrue();
        });

        FigureExplainer.Explanation orders = explainer.explain("product-mix", JUNE,
                RowKey.parse("product_category:cleaning"), "all_order_pct");
        assertThat(orders.formula()).isEqualTo("all_order_pct = all_orders ÷ every row's all_orders × 100"
                + " = 9 ÷ 13 × 100");
        assertThat(orders.parts().get(1).rows()).extracting(r -> r.get("product_category") + "=" + r.get("all_orders"))
                .containsExactlyInAnyOrder("cleaning=9", "facility=1", "elder_care=1", "maternity=2");
    }

    @Test
    void aCategoryWithoutPremiumOrdersHasNoPremiumShare() {
        assertThatThrownBy(() -> new FigureExplainer(warehouse).explain("product-mix", JUNE,
                RowKey.parse("product_category:elder_care"), "premium_order_pct"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("product-mix shows no premium_order_pct for product_category elder_care in 2026-06: its"
                        + " premium_orders is 0");
    }
}
