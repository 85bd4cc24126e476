package com.homeservices.dw.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.period.Period;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every explained figure of Complaint Handling's outlet-and-kind rows for January 2024, on hand-made complaints
 * (HandMadeMarts.withComplaints) computed by Spark, with the default limits (first response: soft 15 minutes, hard
 * 60; second: soft 30, hard 180; follow-up 24 hours after resolution, each limit itself still within).
 *
 * <pre>
 * K1 O1 hard  01-05 10:00, first 11:00 (60 min: within), second 13:00 (180: within), resolved 01-06 10:00,
 *             followed up 01-07 10:00 (24 h: within)
 * K2 O1 hard  01-31 23:30, first 02-01 00:31 (61 min: late), no second, not resolved
 * K3 O1 soft  01-10 09:00, first 09:15 (15: within), second 09:31 (31: late), resolved 12:00,
 *             followed up 01-11 12:01 (24 h 1 min: late)
 * K4 O1 soft  2023-12-31 23:59: December's
 * K5 O2 soft  01-20 08:00, never answered
 *
 * O1 hard: received K1, K2; first within K1; second within K1; resolved K1; followed up within K1
 *          -> 50.0 %, 50.0 %, 100.0 %
 * O1 soft: received K3; first within K3; resolved K3 -> 100.0 %, 0.0 %, 0.0 %
 * O2 soft: received K5 -> 0.0 %, 0.0 %; no follow-up share (nothing resolved)
 * </pre>
 */
class ComplaintHandlingExplainIntegrationTest {

    private static final Period JANUARY = Period.month(2024, 1);

    private static final Map<String, Map<String, List<String>>> WORKED = Map.of(
            "outlet:O1,kind:hard", complaints("received=K1,K2", "first_response_within=K1",
                    "second_response_within=K1", "resolved=K1", "follow_up_within=K1"),
            "outlet:O1,kind:soft", complaints("received=K3", "first_response_within=K3", "second_response_within=",
                    "resolved=K3", "follow_up_within="),
            "outlet:O2,kind:soft", complaints("received=K5", "first_response_within=", "second_response_within=",
                    "resolved=", "follow_up_within="));

    /** {@code figure=K1,K2} each. */
    private static Map<String, List<String>> complaints(String... worked) {
        Map<String, List<String>> byFigure = new LinkedHashMap<>();
        for (String one : worked) {
            String ids = one.substring(one.indexOf('=') + 1);
            byFigure.put(one.substring(0, one.indexOf('=')), ids.isEmpty() ? List.of() : Arrays.asList(ids.split(",")));
        }
        return byFigure;
    }

    @TempDir
    static Path temp;
    private static Warehouse warehouse;

    @BeforeAll
    static void computeTheMart() {
        warehouse = HandMadeMarts.withComplaints(temp.resolve("work"));
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    @Test
    void everyCountOfEveryOutletAndKindIsItsHandWorkedComplaints() {
        FigureExplainer explainer = new FigureExplainer(warehouse);
        WORKED.forEach((row, figures) -> figures.forEach((figure, complaints) -> {
            FigureExplainer.Explanation explained = explainer.explain("complaint-handling", JANUARY,
                    RowKey.parse(row), figure);
            String what = row + " " + figure;

            assertThat(explained.rows().stream().map(r -> r.get("complaint_no"))).as(what)
                    .containsExactlyElementsOf(complaints);
            assertThat(explained.figure()).as(what).isEqualByComparingTo(BigDecimal.valueOf(complaints.size()));
            assertThat(explained.agrees()).as(what).isTrue();
        }));
    }

    @Test
    void eachShareIsItsCountsRowsOverTheirBase() {
        FigureExplainer explainer = new FigureExplainer(warehouse);

        assertThat(explainer.explain("complaint-handling", JANUARY, RowKey.parse("outlet:O1,kind:hard"),
                "first_response").figure()).isEqualByComparingTo("50.0");
        FigureExplainer.Explanation followUp = explainer.explain("complaint-handling", JANUARY,
                RowKey.parse("outlet:O1,kind:hard"), "follow_up_pct");
        assertThat(followUp.parts()).extracting(FigureExplainer.Explanation::figureColumn)
                .containsExactly("follow_up_within", "resolved");
        assertThat(followUp.figure()).isEqualByComparingTo("100.0");
        assertThat(followUp.agrees()).isTrue();
        FigureExplainer.Explanation second = explainer.explain("complaint-handling", JANUARY,
                RowKey.parse("outlet:O1,kind:soft"), "second_response_pct");
        assertThat(second.figure()).isEqualByComparingTo("0.0");
        assertThat(second.agrees()).isTrue();
        // B1's soft complaints: K3 (O1) and K5 (O2), one answered in time
        FigureExplainer.Explanation unit = explainer.explain("complaint-handling", JANUARY,
                RowKey.parse("business-unit:B1,kind:soft"), "first_response_pct");
        assertThat(unit.parts().get(1).rows()).extracting(r -> r.get("complaint_no")).containsExactly("K3", "K5");
        assertThat(unit.figure()).isEqualByComparingTo("50.0");

        assertThatThrownBy(() -> explainer.explain("complaint-handling", JANUARY, RowKey.parse("outlet:O2,kind:soft"),
                "follow_up_pct"))
                .hasMessage("complaint-handling shows no follow_up_pct for outlet O2, kind soft in 2024-01: its"
                        + " resolved is 0");
    }

    /** The company's row per kind: hard K1, K2 (both O1); soft K3 (O1), K5 (O2), first answered in time K3: 50.0 %. */
    @Test
    void theCompanysRowPerKindIsEveryOutletsComplaintsOfIt() {
        FigureExplainer explainer = new FigureExplainer(warehouse);

        assertThat(explainer.explain("complaint-handling", JANUARY, RowKey.parse("kind:hard"), "received").rows())
                .extracting(r -> r.get("complaint_no")).containsExactly("K1", "K2");
        FigureExplainer.Explanation soft = explainer.explain("complaint-handling", JANUARY, RowKey.parse("kind:soft"),
                "received");
        assertThat(soft.rows()).extracting(r -> r.get("complaint_no")).containsExactly("K3", "K5");
        assertThat(soft.agrees()).isTrue();
        FigureExplainer.Explanation share = explainer.explain("complaint-handling", JANUARY,
                RowKey.parse("kind:soft"), "first_response_pct");
        assertThat(share.figure()).isEqualByComparingTo("50.0");
        assertThat(share.agrees()).isTrue();
    }

    @Test
    void aRowIsNamedWithItsKind() {
        FigureExplainer explainer = new FigureExplainer(warehouse);

        assertThatThrownBy(() -> explainer.explain("complaint-handling", JANUARY, Scope.parse("outlet:O1"),
                "received"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("complaint-handling has no row named outlet:O1: name one as outlet:O1,kind:VALUE or"
                        + " kind:VALUE");
        assertThatThrownBy(() -> explainer.explain("complaint-handling", JANUARY, RowKey.parse("outlet:O3,kind:hard"),
                "received"))
                .hasMessage("complaint-handling has no row for outlet O3, kind hard in 2024-01");
    }

    /**
     * The median minutes to a first response: O1 hard, K1 60 and K2 61 minutes, the mean of the two = 60.5; O1 soft,
     * K3 alone, 15.0; B1 soft, K3 (K5 was never answered), 15.0; O2 soft has no answered complaint: no median.
     */
    @Test
    void theMedianIsTheMiddleAnsweredComplaintOrTheMeanOfTheMiddleTwo() {
        FigureExplainer explainer = new FigureExplainer(warehouse);

        FigureExplainer.Explanation hard = explainer.explain("complaint-handling", JANUARY,
                RowKey.parse("outlet:O1,kind:hard"), "median_first_response_minutes");
        assertThat(hard.parts().get(0).rows()).extracting(r -> r.get("complaint_no") + "=" + r.get("first_response_ms"))
                .containsExactly("K1=3600000", "K2=3660000");
        assertThat(hard.formula()).isEqualTo("median_first_response_minutes = the middle of 2 first_response_ms in"
                + " order: the mean of rows 1 and 2, (3600000 + 3660000) ÷ 2 ÷ 60000 = 60.5 minutes");
        assertThat(hard.figure()).isEqualByComparingTo("60.5");
        assertThat(hard.agrees()).isTrue();
        // a Chinese reader's words around the same columns and numbers
        assertThat(new FigureExplainer(warehouse, Language.ZH).explain("complaint-handling", JANUARY,
                RowKey.parse("outlet:O1,kind:hard"), "median_first_response_minutes").formula())
                .isEqualTo("median_first_response_minutes = 2 个 first_response_ms 按大小排列的中间值：第 1 行与第 2 行的"
                        + "平均值，(3600000 + 3660000) ÷ 2 ÷ 60000 = 60.5 分钟");

        FigureExplainer.Explanation soft = explainer.explain("complaint-handling", JANUARY,
                RowKey.parse("outlet:O1,kind:soft"), "median_first_response_minutes");
        assertThat(soft.formula()).endsWith("row 1, 900000 ÷ 60000 = 15 minutes");
        assertThat(soft.figure()).isEqualByComparingTo("15.0");
        assertThat(soft.agrees()).isTrue();

        FigureExplainer.Explanation unit = explainer.explain("complaint-handling", JANUARY,
                RowKey.parse("business-unit:B1,kind:soft"), "median_first_response_minutes");
        assertThat(unit.parts().get(0).rows()).extracting(r -> r.get("complaint_no")).containsExactly("K3");
        assertThat(unit.figure()).isEqualByComparingTo("15.0");
        assertThat(unit.agrees()).isTrue();

        assertThatThrownBy(() -> explainer.explain("complaint-handling", JANUARY, RowKey.parse("outlet:O2,kind:soft"),
                "median_first_response_minutes"))
                .hasMessage("complaint-handling shows no median_first_response_minutes for outlet O2, kind soft in"
                        + " 2024-01: no row has a first_response_ms");
    }
}
