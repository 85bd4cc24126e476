package com.homeservices.dw.reports;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.period.Period;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every figure of Staff Attrition's cuts for March 2024, on a hand-made staff dimension (HandMadeMarts
 * .withStaffAttrition) computed by Spark: the events listed (staff code @ day) are exactly the hand-worked ones, and
 * they add up to the figure. The trailing window is April 2023 to March 2024.
 *
 * <pre>
 * S1 service worker, O1, hired 2020-01-01, still employed
 * S2 service worker, O1, hired 2024-03-01, resigned 2024-03-31 (30 days: early), employed on both days of March
 * S3 outlet admin, hired 2019-06-01, at O1 until 2024-03-14, at O2 from 03-15 (a second version, load run 2)
 * S4 service worker, O2, hired 2023-02-10, dismissed 2023-10-31: in the trailing window only
 * S5 service worker, O3 (B2), hired 2021-05-20, contract ended 2024-03-01: employed on 03-01, not on 03-31
 * S6 service worker, O3, retired 2023-03-31: the day before the window, in nothing
 *
 * company: start 03-01 S1 S2 S3 S5 = 4; end 03-31 S1 S2 S3 = 3; average 3.5; hires S2 = 1; separations S2 S5 = 2
 *          (voluntary S2, other S5, early S2); rate 2 ÷ 3.5 = 57.1 %, voluntary, other and early 28.6 %,
 *          involuntary 0.0 %; trailing separations S4 S5 S2 = 3; the 12 months' halves: S1 24, S2 2, S3 24, S4 14
 *          (April to October, both days), S5 23 (every first day to 03-01, every last day to 02-29) = 87 halves
 *          = 43.5; mean 43.5 ÷ 12 = 3.625 → 3.6; trailing rate 3 × 12 ÷ 43.5 = 82.8 %
 * outlet O1: start S1 S2 S3 = 3; end S1 S2 = 2; average 2.5; hires 1; separations S2 = 1: 40.0 %; trailing: S3's
 *          halves at O1 are 23 (its 03-31 is at O2): 24 + 2 + 23 = 49 halves = 24.5, mean 2.0, 12 ÷ 24.5 = 49.0 %
 * outlet O2: start 0; end S3 = 1 (version of load run 2); average 0.5; trailing S4 = 1 over 7.5: mean 0.6, 160.0 %
 * outlet O3: start S5 = 1; end 0; average 0.5; separations S5 (other) = 1: 200.0 %
 * tenure band under_3_months: S2 on 03-01 and 03-31, hired and left: 1, 1, 1, 1, 100.0 %
 * April, outlet O3: nobody on either day, average 0: no rate, though its trailing separation (S5) keeps the row
 * </pre>
 */
class StaffAttritionExplainIntegrationTest {

    private static final Period MARCH = Period.month(2024, 3);

    private static final Map<String, Map<String, String>> WORKED = Map.of(
            "cut:company,cut_value:all", Map.ofEntries(
                    Map.entry("headcount_start", "S1@2024-03-01,S2@2024-03-01,S3@2024-03-01,S5@2024-03-01=4"),
                    Map.entry("headcount_end", "S1@2024-03-31,S2@2024-03-31,S3@2024-03-31=3"),
                    Map.entry("average_headcount", "S1@2024-03-01,S2@2024-03-01,S3@2024-03-01,S5@2024-03-01,"
                            + "S1@2024-03-31,S2@2024-03-31,S3@2024-03-31=3.5"),
                    Map.entry("hires", "S2@2024-03-01=1"),
                    Map.entry("separations", "S5@2024-03-01,S2@2024-03-31=2"),
                    Map.entry("voluntary_separations", "S2@2024-03-31=1"),
                    Map.entry("involuntary_separations", "=0"),
                    Map.entry("other_separations", "S5@2024-03-01=1"),
                    Map.entry("early_separations", "S2@2024-03-31=1"),
                    Map.entry("trailing_separations", "S4@2023-10-31,S5@2024-03-01,S2@2024-03-31=3")),
            "cut:outlet,cut_value:O1", Map.of(
                    "headcount_start", "S1@2024-03-01,S2@2024-03-01,S3@2024-03-01=3",
                    "headcount_end", "S1@2024-03-31,S2@2024-03-31=2",
                    "hires", "S2@2024-03-01=1",
                    "separations", "S2@2024-03-31=1"),
            "cut:outlet,cut_value:O2", Map.of(
                    "headcount_start", "=0",
                    "headcount_end", "S3@2024-03-31=1",
                    "trailing_separations", "S4@2023-10-31=1"),
            "cut:tenure_band,cut_value:under_3_months", Map.of(
                    "headcount_start", "S2@2024-03-01=1",
                    "headcount_end", "S2@2024-03-31=1",
                    "separations", "S2@2024-03-31=1"),
            "cut:business_unit,cut_value:B2", Map.of(
                    "headcount_start", "S5@2024-03-01=1",
                    "other_separations", "S5@2024-03-01=1"));

    private static final Map<String, Map<String, String>> RATES = Map.of(
            "cut:company,cut_value:all", Map.of("attrition_rate", "57.1", "voluntary_rate", "28.6",
                    "involuntary_rate", "0.0", "other_rate", "28.6", "early_rate", "28.6",
                    "trailing_average_headcount", "3.6", "trailing_attrition_rate", "82.8"),
            "cut:outlet,cut_value:O1", Map.of("attrition_rate", "40.0", "trailing_average_headcount", "2.0",
                    "trailing_attrition_rate", "49.0"),
            "cut:outlet,cut_value:O2", Map.of("attrition_rate", "0.0", "trailing_average_headcount", "0.6",
                    "trailing_attrition_rate", "160.0"),
            "cut:outlet,cut_value:O3", Map.of("attrition_rate", "200.0", "other_rate", "200.0"),
            "cut:tenure_band,cut_value:under_3_months", Map.of("attrition_rate", "100.0", "early_rate", "100.0"));

    @TempDir
    static Path temp;
    private static Warehouse warehouse;

    @BeforeAll
    static void computeTheMart() {
        warehouse = HandMadeMarts.withStaffAttrition(temp.resolve("work"));
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    @Test
    void everyCountIsItsHandWorkedEventsAndTheirSum() {
        WorkedFigures.check(new FigureExplainer(warehouse), "staff-attrition", MARCH, WORKED,
                r -> r.get("source_no") + "@" + r.get("on_day"), false);
    }

    @Test
    void everyRateIsItsPartsOverTheAverageHeadcount() {
        FigureExplainer explainer = new FigureExplainer(warehouse);
        RATES.forEach((row, rates) -> rates.forEach((figure, worked) -> {
            FigureExplainer.Explanation explained = explainer.explain("staff-attrition", MARCH, RowKey.parse(row),
                    figure);

            assertThat(explained.isRatio()).as(row + " " + figure).isTrue();
            assertThat(explained.figure()).as(row + " " + figure).isEqualByComparingTo(worked);
            assertThat(explained.agrees()).as(row + " " + figure).isTrue();
        }));
        FigureExplainer.Explanation company = explainer.explain("staff-attrition", MARCH,
                RowKey.parse("cut:company,cut_value:all"), "attrition_rate");
        assertThat(company.formula())
                .isEqualTo("attrition_rate_pct = separations ÷ average_headcount × 100 = 2 ÷ 3.5 × 100");
    }

    @Test
    void theTrailingMeanIsTheTwelveMonthsHalvesOverTwelve() {
        FigureExplainer.Explanation mean = new FigureExplainer(warehouse).explain("staff-attrition", MARCH,
                RowKey.parse("cut:company,cut_value:all"), "trailing_average_headcount");

        FigureExplainer.Explanation halves = mean.parts().get(0);
        Map<String, Long> halvesEach = halves.rows().stream().collect(groupingBy(
                r -> String.valueOf(r.get("source_no")), TreeMap::new, counting()));
        assertThat(halvesEach).isEqualTo(new TreeMap<>(Map.of("S1", 24L, "S2", 2L, "S3", 24L, "S4", 14L, "S5", 23L)));
        assertThat(halves.sum()).isEqualByComparingTo("43.5");
        assertThat(mean.formula()).isEqualTo("trailing_average_headcount = trailing_average_sum ÷ 12 = 43.5 ÷ 12");
        assertThat(mean.figure()).isEqualByComparingTo("3.6");

        FigureExplainer.Explanation rate = new FigureExplainer(warehouse).explain("staff-attrition", MARCH,
                RowKey.parse("cut:company,cut_value:all"), "trailing_attrition_rate_pct");
        assertThat(rate.formula()).isEqualTo("trailing_attrition_rate_pct = trailing_separations × 12 ÷"
                + " trailing_average_sum × 100 = 3 × 12 ÷ 43.5 × 100");
    }

    @Test
    void aPersonCountsWhereTheirVersionOfTheDayPutsThem() {
        FigureExplainer.Explanation end = new FigureExplainer(warehouse).explain("staff-attrition", MARCH,
                RowKey.parse("cut:outlet,cut_value:O2"), "headcount_end");

        assertThat(end.rows()).extracting(r -> r.get("source_no") + "|" + r.get("load_run_id") + "|"
                + r.get("outlet_code") + "|" + r.get("position")).containsExactly("S3|2|O2|outlet_admin");
    }

    @Test
    void aRowWithoutHeadcountHasNoRateAndSaysWhy() {
        FigureExplainer explainer = new FigureExplainer(warehouse);
        Period april = Period.month(2024, 4);

        assertThat(explainer.explain("staff-attrition", april, RowKey.parse("cut:outlet,cut_value:O3"),
                "trailing_separations").rows()).extracting(r -> r.get("source_no")).containsExactly("S5");
        assertThatThrownBy(() -> explainer.explain("staff-attrition", april, RowKey.parse("cut:outlet,cut_value:O3"),
                "attrition_rate"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("staff-attrition shows no attrition_rate_pct for cut outlet, cut_value O3 in 2024-04:"
                        + " its average_headcount is 0");
    }

    @Test
    void aRowIsNamedByItsCutAndValue() {
        FigureExplainer explainer = new FigureExplainer(warehouse);

        assertThatThrownBy(() -> explainer.explain("staff-attrition", MARCH, RowKey.parse("outlet:O1"), "hires"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("staff-attrition has no row named outlet:O1: name one as cut:VALUE,cut_value:VALUE");
        assertThatThrownBy(() -> explainer.explain("staff-attrition", MARCH,
                RowKey.parse("cut:outlet,cut_value:O9"), "hires"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("staff-attrition has no row for cut outlet, cut_value O9 in 2024-03");
    }
}
