package com.homeservices.dw.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.period.Period;
import com.homeservices.dw.warehouse.period.PeriodKind;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every explained figure of Outlet Profitability's outlet rows, for January 2024 and the week of Monday 29 January
 * (three days in January, four in February), on hand-made facts (HandMadeMarts.withOutletProfitability): the rows
 * listed, by source id, are exactly the hand-worked ones, and they add up to the figure Spark computed.
 *
 * <pre>
 * orders   11 O1 completed 2023-12-15 2000.00, 8 h × 25.00     12 O1 completed 2024-01-30 1000.00, 4 h × 50.00
 *          13 O1 completed 2024-02-02  500.00, 2 h × 40.00     14 O1 cancelled 2024-02-03, fee 30.00
 *          15 O1 booked (never counts)                         16 O2 completed 2024-01-10 3000.00, no lead: no labour
 * claims   (HandMadeWarehouse) settled: 1 O1 01-14 net 300.00, 2 O1 01-15 800.00, 4 O2 01-20 1400.01,
 *          6 O3 2023-12-30 499.99, 7 O3 01-12 150.00
 * expenses 21 O1 Jan rent 3000.00, 22 O1 Jan phone 100.00, 23 O1 Feb rent 2900.00, 24 O2 Jan rent 1550.00
 * payroll  31 O1 Jan S3 outlet_admin 6200.00, 32 O1 Jan S4 service_worker 5000.00 (not admin),
 *          33 O1 Feb S5 customer_service 5800.00
 * head office 41 Jan 4000.00; January's revenue: O1 1000.00, O2 3000.00, O3 0, the company 4000.00
 *
 * January, O1: revenue 1000.00 (12); labour 200.00 (12); claims 1100.00 (1, 2); expenses 3100.00 (21, 22);
 *   admin payroll 6200.00 (31); head office 4000.00 × 1000.00 ÷ 4000.00 = 1000.00 (41);
 *   profit 1000 - 200 - 1100 - 3100 - 6200 - 1000 = -10600.00
 * January, O2: revenue 3000.00 (16); claims 1400.01 (4); expenses 1550.00 (24); head office 3000.00 (41);
 *   profit -2950.01.   O3: claims 150.00 (7); head office 0 (41: no revenue); profit -150.00
 * Week, O1: revenue 1000 + 500 + 30 = 1530.00 (12, 13, 14); labour 200 + 80 = 280.00 (12, 13);
 *   expenses 3000 × 3/31 + 100 × 3/31 + 2900 × 4/29 = 290.3225806452 + 9.6774193548 + 400 = 700.00 (21, 22, 23);
 *   admin payroll 6200 × 3/31 + 5800 × 4/29 = 600 + 800 = 1400.00 (31, 33);
 *   head office 4000 × 1000 ÷ 4000 × 3/31 = 96.7741935484, shown 96.77 (41);
 *   profit 1530 - 280 - 700 - 1400 - 96.7741935484 = -946.7741935484, shown -946.77
 * Week, O2: expenses 1550 × 3/31 = 150.00 (24); head office 4000 × 3000 ÷ 4000 × 3/31 = 290.3225806452, shown
 *   290.32 (41); profit -440.32.   O3: nothing but head office's share of nothing (41), profit 0.00
 * </pre>
 */
class OutletProfitabilityExplainIntegrationTest {

    private static final Period JANUARY = Period.month(2024, 1);
    private static final Period WEEK = new Period(PeriodKind.WEEK, LocalDate.of(2024, 1, 29));

    /** Per period, outlet and figure: the rows' source ids and the figure (WorkedFigures), as worked out above. */
    private static final Map<Period, Map<String, Map<String, String>>> WORKED = Map.of(
            JANUARY, Map.of(
                    "outlet:O1", Map.of("revenue", "12=1000.00", "direct_labour", "12=200.00",
                            "claim_cost", "1,2=1100.00", "outlet_expenses", "21,22=3100.00",
                            "admin_payroll", "31=6200.00", "head_office_allocation", "41=1000.00",
                            "profit", "12,1,2,21,22,31,41=-10600.00"),
                    "outlet:O2", Map.of("revenue", "16=3000.00", "direct_labour", "=0.00", "claim_cost", "4=1400.01",
                            "outlet_expenses", "24=1550.00", "admin_payroll", "=0.00",
                            "head_office_allocation", "41=3000.00", "profit", "16,4,24,41=-2950.01"),
                    "outlet:O3", Map.of("revenue", "=0.00", "direct_labour", "=0.00", "claim_cost", "7=150.00",
                            "outlet_expenses", "=0.00", "admin_payroll", "=0.00", "head_office_allocation", "41=0.00",
                            "profit", "7,41=-150.00")),
            WEEK, Map.of(
                    "outlet:O1", Map.of("revenue", "12,13,14=1530.00", "direct_labour", "12,13=280.00",
                            "claim_cost", "=0.00", "outlet_expenses", "21,22,23=700.00",
                            "admin_payroll", "31,33=1400.00", "head_office_allocation", "41=96.77",
                            "profit", "12,13,14,21,22,23,31,33,41=-946.77"),
                    "outlet:O2", Map.of("revenue", "=0.00", "direct_labour", "=0.00", "claim_cost", "=0.00",
                            "outlet_expenses", "24=150.00", "admin_payroll", "=0.00",
                            "head_office_allocation", "41=290.32", "profit", "24,41=-440.32"),
                    "outlet:O3", Map.of("revenue", "=0.00", "direct_labour", "=0.00", "claim_cost", "=0.00",
                            "outlet_expenses", "=0.00", "admin_payroll", "=0.00", "head_office_allocation", "41=0.00",
                            "profit", "41=0.00")));

    @TempDir
    static Path temp;
    private static Warehouse warehouse;

    @BeforeAll
    static void computeTheMarts() {
        warehouse = HandMadeMarts.withOutletProfitability(temp.resolve("work"));
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    @Test
    void everyFigureOfEveryOutletIsItsHandWorkedRowsAndTheirSum() {
        FigureExplainer explainer = new FigureExplainer(warehouse);
        WORKED.forEach((period, outlets) -> WorkedFigures.check(explainer, "outlet-profitability", period, outlets,
                r -> String.valueOf(((Number) r.get("source_id")).longValue()), true));
    }

    @Test
    void aLongExplanationHeldInPartIsWrittenAsOneHeldWhole() {
        // the week's rows add shares of a month's (expenses, payroll, head office): worked out here, written by DuckDB
        WorkedFigures.heldInPartAsWhole(warehouse, "outlet-profitability", WEEK, "outlet:O1", "profit", 2);
        WorkedFigures.heldInPartAsWhole(warehouse, "outlet-profitability", WEEK, "outlet:O1", "outlet_expenses", 1);
        WorkedFigures.heldInPartAsWhole(warehouse, "outlet-profitability", WEEK, "business-unit:B1", "margin", 3);
        WorkedFigures.heldInPartAsWhole(warehouse, "outlet-profitability", JANUARY, "outlet:O1", "profit", 1);
    }

    @Test
    void anExplanationHeldWholeLeavesNoRowsInDuckDb() {
        new FigureExplainer(warehouse).explain("outlet-profitability", WEEK, RowKey.parse("outlet:O1"), "profit");
        assertThat(WorkedFigures.listings(warehouse)).isZero();
    }

    @Test
    void aShareOfAMonthSaysHowItIsWorkedOutAndAddsItsExactPart() {
        FigureExplainer.Explanation expenses = new FigureExplainer(warehouse).explain("outlet-profitability", WEEK,
                Scope.parse("outlet:O1"), "outlet_expenses");

        assertThat(expenses.columns()).containsExactly("source", "source_no", "source_id", "load_run_id",
                "business_unit_code", "outlet_code", "on_day", "basis", "outlet_expenses_cny");
        assertThat(expenses.rows()).extracting(r -> r.get("source_no") + "|" + r.get("basis") + "|"
                + ((BigDecimal) r.get("outlet_expenses_cny")).toPlainString())
                .containsExactly("rent|3000.00 × 3 ÷ 31 days|290.3225806452", "phone|100.00 × 3 ÷ 31 days|9.6774193548",
                        "rent|2900.00 × 4 ÷ 29 days|400.00");
        assertThat(expenses.sum()).isEqualByComparingTo("700.0000000000");

        FigureExplainer.Explanation headOffice = new FigureExplainer(warehouse).explain("outlet-profitability", WEEK,
                Scope.parse("outlet:O1"), "head_office_allocation_cny");
        assertThat(headOffice.rows()).extracting(r -> r.get("basis") + "|"
                + ((BigDecimal) r.get("head_office_allocation_cny")).toPlainString())
                .containsExactly("4000.00 × 1000.00 ÷ 4000.00 company revenue × 3 ÷ 31 days|96.7741935484");
        assertThat(headOffice.sum()).isEqualByComparingTo("96.7741935484");
        assertThat(headOffice.rounded()).isEqualByComparingTo("96.77");
    }

    @Test
    void aBusinessUnitsProfitIsItsOutletsRowsTogether() {
        FigureExplainer.Explanation profit = new FigureExplainer(warehouse).explain("outlet-profitability", JANUARY,
                Scope.parse("business-unit:B1"), "profit");

        assertThat(profit.rows().stream().map(r -> ((Number) r.get("source_id")).longValue()))
                .containsExactly(12L, 1L, 2L, 21L, 22L, 31L, 41L, 16L, 4L, 24L, 41L);
        assertThat(profit.figure()).isEqualByComparingTo("-13550.01");
        assertThat(profit.agrees()).isTrue();

        // the week: -946.7741935484 - 440.3225806452 = -1387.0967741936, the exact sum rounded once, as the report's
        // unit total is (its outlets' rounded -946.77 and -440.32 would make -1387.09)
        FigureExplainer.Explanation week = new FigureExplainer(warehouse).explain("outlet-profitability", WEEK,
                Scope.parse("business-unit:B1"), "profit");
        assertThat(week.figure()).isEqualByComparingTo("-1387.10");
        assertThat(week.rounded()).isEqualByComparingTo("-1387.10");
        assertThat(week.agrees()).isTrue();

        // the business units' table names its rows by their unit, and shows the figure the explanation arrives at
        FigureExplainer.FigureTable units = new FigureExplainer(warehouse).tables("outlet-profitability", WEEK,
                Scope.COMPANY).stream().filter(t -> t.name().equals("business_units")).findFirst().orElseThrow();
        Map<String, Object> b1 = units.rows().stream().filter(r -> "B1".equals(r.get("business_unit_code")))
                .findFirst().orElseThrow();
        assertThat(units.rowKey(b1).text()).isEqualTo("business-unit:B1");
        assertThat(units.figures()).contains("profit_cny", "margin_pct");
        assertThat((BigDecimal) b1.get("profit_cny")).isEqualByComparingTo(week.figure());
    }

    @Test
    void aMarginIsProfitsRowsOverRevenuesRows() {
        FigureExplainer explainer = new FigureExplainer(warehouse);

        FigureExplainer.Explanation january = explainer.explain("outlet-profitability", JANUARY,
                Scope.parse("outlet:O1"), "margin_pct");
        assertThat(january.parts()).extracting(FigureExplainer.Explanation::figureColumn)
                .containsExactly("profit_cny", "revenue_cny");
        assertThat(january.parts().get(0).rows()).extracting(r -> ((Number) r.get("source_id")).longValue())
                .containsExactly(12L, 1L, 2L, 21L, 22L, 31L, 41L);
        assertThat(january.parts().get(1).rows()).extracting(r -> ((Number) r.get("source_id")).longValue())
                .containsExactly(12L);
        // -10600.00 ÷ 1000.00 × 100
        assertThat(january.figure()).isEqualByComparingTo("-1060.0");
        assertThat(january.agrees()).isTrue();
        assertThat(january.formula()).startsWith("margin_pct = profit_cny ÷ revenue_cny × 100 = -10600.")
                .endsWith(" ÷ 1000.00 × 100");

        // -946.7741935484 ÷ 1530.00 × 100 = -61.88…
        FigureExplainer.Explanation week = explainer.explain("outlet-profitability", WEEK, Scope.parse("outlet:O1"),
                "margin");
        assertThat(week.figure()).isEqualByComparingTo("-61.9");
        assertThat(week.rounded()).isEqualByComparingTo("-61.9");
        assertThat(week.agrees()).isTrue();

        // B1: (-10600.00 - 2950.01) ÷ (1000.00 + 3000.00) × 100 = -338.75025, shown as its outlets' are
        FigureExplainer.Explanation unit = explainer.explain("outlet-profitability", JANUARY,
                Scope.parse("business-unit:B1"), "margin_pct");
        assertThat(unit.figure()).isEqualByComparingTo("-338.8");
        assertThat(unit.parts().get(1).rows()).extracting(r -> ((Number) r.get("source_id")).longValue())
                .containsExactly(12L, 16L);

        assertThatThrownBy(() -> explainer.explain("outlet-profitability", JANUARY, Scope.parse("outlet:O3"),
                "margin_pct"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("outlet-profitability shows no margin_pct for outlet O3 in 2024-01: its revenue_cny is 0");
    }

    @Test
    void theActualDailyRevenueIsRevenuesRowsOverTheMonthsDays() {
        FigureExplainer explainer = new FigureExplainer(warehouse);

        // 1000.00 ÷ 31 = 32.258…
        FigureExplainer.Explanation january = explainer.explain("outlet-profitability", JANUARY,
                Scope.parse("outlet:O1"), "actual_daily_revenue");
        assertThat(january.parts()).extracting(FigureExplainer.Explanation::figureColumn).containsExactly("revenue_cny");
        assertThat(january.figure()).isEqualByComparingTo("32.26");
        assertThat(january.agrees()).isTrue();
        assertThat(january.formula()).isEqualTo("actual_daily_revenue_cny = revenue_cny ÷ the period's days"
                + " = 1000.00 ÷ 31");
        assertThatThrownBy(() -> explainer.explain("outlet-profitability", WEEK, Scope.parse("outlet:O1"),
                "actual_daily_revenue"))
                .hasMessage("outlet-profitability shows no actual_daily_revenue_cny for outlet O1 in 2024-01-29: it"
                        + " has no such figure for a week");
    }

    /**
     * The daily revenue target of January (metrics.md), its cost measured over November to January:
     * O1: fixed costs 3100.00 + 6200.00 + 1000.00 = 10300.00; revenue 2000.00 (order 11, December) + 1000.00 = 3000.00;
     * labour 200.00 + 200.00 and claims 300.00 + 800.00, 1500.00 together, under 95 % of the revenue:
     * 10300.00 × 3000.00 ÷ ((3000.00 − 1500.00) × 31) = 664.516…, shown 664.52.
     * O2: 1550.00 + 3000.00 = 4550.00 fixed; revenue 3000.00; claims 1400.01:
     * 4550.00 × 3000.00 ÷ ((3000.00 − 1400.01) × 31) = 275.2032…, shown 275.20. O3 had no revenue: no target.
     */
    @Test
    void theDailyTargetIsItsFormulaWithTheMonthsFilledIn() {
        FigureExplainer explainer = new FigureExplainer(warehouse);

        FigureExplainer.Explanation o1 = explainer.explain("outlet-profitability", JANUARY, Scope.parse("outlet:O1"),
                "daily_revenue_target");
        assertThat(o1.parts()).extracting(FigureExplainer.Explanation::figureColumn)
                .containsExactly("outlet_expenses_cny", "admin_payroll_cny", "head_office_allocation_cny");
        assertThat(o1.parts().get(0).rows()).extracting(r -> ((Number) r.get("source_id")).longValue())
                .containsExactly(21L, 22L);
        assertThat(o1.figure()).isEqualByComparingTo("664.52");
        assertThat(o1.agrees()).isTrue();
        assertThat(o1.formula()).isEqualTo("daily_revenue_target_cny = fixed costs × revenue ÷ ((revenue − labour −"
                + " claims) × days) = 10300.00 × 3000.00 ÷ ((3000.00 − 1500.0000) × 31); 2023-11: revenue 0, labour"
                + " 0, claims 0; 2023-12: revenue 2000.00, labour 200.0000, claims 0; 2024-01: revenue 1000.00,"
                + " labour 200.0000, claims 1100.00");

        FigureExplainer.Explanation o2 = explainer.explain("outlet-profitability", JANUARY, Scope.parse("outlet:O2"),
                "daily_revenue_target_cny");
        assertThat(o2.figure()).isEqualByComparingTo("275.20");
        assertThat(o2.agrees()).isTrue();

        assertThatThrownBy(() -> explainer.explain("outlet-profitability", JANUARY, Scope.parse("outlet:O3"),
                "daily_revenue_target"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("outlet-profitability shows no daily_revenue_target_cny for outlet O3 in 2024-01: its"
                        + " revenue over the months it is measured on is 0");
        assertThatThrownBy(() -> explainer.explain("outlet-profitability", WEEK, Scope.parse("outlet:O1"),
                "daily_revenue_target"))
                .hasMessage("outlet-profitability shows no daily_revenue_target_cny for outlet O1 in 2024-01-29: a"
                        + " week has none");
    }
}
