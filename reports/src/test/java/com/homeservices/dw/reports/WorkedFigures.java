package com.homeservices.dw.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.period.Period;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    /** The tables of rows DuckDB holds for the explanations of {@code warehouse}'s connection. */
    static long listings(Warehouse warehouse) {
        return warehouse.queryLong("select count(*) from duckdb_tables() where table_name like 'explained_%'");
    }

    /**
     * A figure explained with only its first {@code head} rows held (the rest written by DuckDB) counts, sums and
     * writes exactly as when every row is held: the same table and CSV, byte for byte, and the same JSON document;
     * once the explainer is closed DuckDB holds no rows for it.
     */
    static void heldInPartAsWhole(Warehouse warehouse, String report, Period period, String row, String figure,
                                  int head) {
        String what = row + " " + figure;
        try (FigureExplainer whole = new FigureExplainer(warehouse);
             FigureExplainer inPart = new FigureExplainer(warehouse)) {
            FigureExplainer.Explanation all = whole.explain(report, period, RowKey.parse(row), figure);
            assertThat(all.isWhole()).as(what).isTrue();
            FigureExplainer.Explanation part = inPart.explain(report, period, RowKey.parse(row), figure, head);
            assertThat(part.isWhole()).as(what + ": held in part").isFalse();
            for (int i = 0; i < Math.max(1, all.parts().size()); i++) {
                FigureExplainer.Explanation a = all.isRatio() ? all.parts().get(i) : all;
                FigureExplainer.Explanation p = part.isRatio() ? part.parts().get(i) : part;
                assertThat(p.count()).as(what).isEqualTo(a.rows().size());
                assertThat(p.rows()).as(what).isEqualTo(a.rows().subList(0, Math.min(head, a.rows().size())));
                assertThat(p.sum()).as(what).isEqualTo(a.sum());
            }
            assertThat(part.sum()).as(what).isEqualTo(all.sum());
            assertThat(part.agrees()).as(what).isTrue();
            for (ExplanationOutput.Format format : ExplanationOutput.Format.values()) {
                String expected = written(whole, all, format);
                String actual = written(inPart, part, format);
                if (format == ExplanationOutput.Format.JSON) {
                    ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
                    try {
                        assertThat(json.readTree(actual)).as(what + " " + format).isEqualTo(json.readTree(expected));
                    } catch (IOException e) {
                        throw new UncheckedIOException(what + ": not JSON", e);
                    }
                } else {
                    assertThat(actual).as(what + " " + format).isEqualTo(expected);
                }
            }
            assertThat(listings(warehouse)).as(what + ": the rows held in DuckDB").isPositive();
        }
        assertThat(listings(warehouse)).as(what + ": dropped with the explainer").isZero();
    }

    private static String written(FigureExplainer explainer, FigureExplainer.Explanation explained,
                                  ExplanationOutput.Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        explainer.write(explained, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
