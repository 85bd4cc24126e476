package com.homeservices.dw.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.homeservices.dw.warehouse.period.Period;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Hand-worked explanations, written per row and figure as {@code id,id=figure} ({@code "SO801,SO802=2"}; {@code "=0"}
 * for none), checked against what {@link FigureExplainer} lists and sums.
 */
final class WorkedFigures {

    private WorkedFigures() {
    }

    /**
     * Each figure of each row ({@code --row} text → figure → worked): the rows listed, each named by {@code id}, are
     * exactly the worked ones (in their order when {@code inOrder}), the figure is the worked one, and they agree.
     */
    static void check(FigureExplainer explainer, String report, Period period,
                      Map<String, Map<String, String>> worked, Function<Map<String, Object>, Object> id,
                      boolean inOrder) {
        worked.forEach((row, figures) -> figures.forEach((figure, text) -> {
            FigureExplainer.Explanation explained = explainer.explain(report, period, RowKey.parse(row), figure);
            String what = row + " " + figure;
            String ids = text.substring(0, text.indexOf('='));
            List<Object> expected = ids.isEmpty() ? List.of() : List.of((Object[]) ids.split(","));
            List<Object> listed = explained.rows().stream().map(id).toList();

            if (inOrder) {
                assertThat(listed).as(what).containsExactlyElementsOf(expected);
            } else {
                assertThat(listed).as(what).containsExactlyInAnyOrderElementsOf(expected);
            }
            assertThat(explained.figure()).as(what).isEqualByComparingTo(text.substring(text.indexOf('=') + 1));
            assertThat(explained.agrees()).as(what).isTrue();
        }));
    }
}
