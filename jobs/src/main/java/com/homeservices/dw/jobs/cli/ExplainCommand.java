package com.homeservices.dw.jobs.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.homeservices.dw.jobs.config.DwConfig;
import com.homeservices.dw.reports.FigureExplainer;
import com.homeservices.dw.reports.ReportCatalogue;
import com.homeservices.dw.reports.ReportDefinition;
import com.homeservices.dw.reports.ReportRenderer;
import com.homeservices.dw.reports.RowKey;
import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.period.Period;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./dw explain REPORT --period P --row KEY --figure NAME}: the rows behind one figure (docs/explain.md). */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "List the loaded rows that make one figure of one row of a report, and check that they add up"
                + " to it.")
final class ExplainCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "REPORT", description = "A report's name (claim-totals, …).")
    String name;

    @Option(names = "--period", required = true, paramLabel = "P", description = "The period by its first day.")
    String period;

    @Option(names = "--row", required = true, paramLabel = "KEY",
            description = "The report's row: outlet:CODE or business-unit:CODE, with a table's further keys"
                    + " (complaint-handling: outlet:CODE,kind:hard); a company-wide table's row by its keys"
                    + " (staff-attrition: cut:position,cut_value:nanny; premium-customers: customer_code:CODE,"
                    + " segment:premium; product-mix: product_category:cleaning), or company.")
    String row;

    @Option(names = "--figure", required = true, paramLabel = "NAME",
            description = "A figure column of the report (settled_net_cost, claims_reported, …).")
    String figure;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        // The arguments first: a wrong one is a usage error (exit 2) whatever the warehouse.
        if (!List.of("table", "csv", "json").contains(format)) {
            throw new IllegalArgumentException("unknown format '" + format + "': use table, csv or json");
        }
        ReportDefinition report = ReportCatalogue.load().named(name);
        Period chosen = ReportRenderer.period(report, period, common.config().policy().fortnightEpoch());
        RowKey key = RowKey.parse(row);
        if (!figure.matches("[a-z][a-z0-9_]{0,80}")) {
            throw new IllegalArgumentException("'" + figure + "' is not a figure's name: lowercase words joined by"
                    + " '_'");
        }
        DwConfig config = common.existingWarehouseConfig();
        FigureExplainer.Explanation explained;
        // read-only: an explanation changes nothing, and so may run while the scheduler is between writes
        try (Warehouse warehouse = Warehouse.openReadOnly(config.warehouse(), config.policy())) {
            explained = new FigureExplainer(warehouse).explain(report.name(), chosen, key, figure);
        }
        System.out.print(switch (format) {
            case "csv" -> explained.csv();
            case "json" -> json(explained);
            default -> table(explained);
        });
        if (!explained.agrees()) {
            throw new DwException("the rows add up to " + explained.rounded().toPlainString() + " but the report shows "
                    + explained.figure().toPlainString() + ": recompute the period (./dw analyze) and compare again");
        }
        return 0;
    }

    private static String table(FigureExplainer.Explanation explained) {
        if (explained.isRatio()) {
            StringBuilder out = new StringBuilder();
            explained.parts().forEach(part -> out.append(table(part)).append('\n'));
            return out.append(explained.formula()).append(" = ").append(explained.rounded().toPlainString())
                    .append("; the report shows ").append(explained.figure().toPlainString()).append('\n').toString();
        }
        List<String> columns = explained.columns();
        int[] widths = new int[columns.size()];
        List<List<String>> cells = new ArrayList<>();
        for (Map<String, Object> row : explained.rows()) {
            cells.add(columns.stream().map(c -> text(row.get(c))).toList());
        }
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).length();
            for (List<String> line : cells) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(explained.report()).append(' ').append(explained.period().key()).append(", ")
                .append(explained.row().shown()).append(", ").append(explained.figureColumn()).append('\n');
        out.append(line(columns, widths));
        cells.forEach(line -> out.append(line(line, widths)));
        out.append(String.format("%,d %s adding up to %s; the report shows %s%n", explained.rows().size(),
                explained.rows().size() == 1 ? "row" : "rows", summed(explained),
                explained.figure().toPlainString()));
        return out.toString();
    }

    /** The sum as the report rounds it, and the exact sum beside it when a share made it longer. */
    private static String summed(FigureExplainer.Explanation explained) {
        String rounded = explained.rounded().toPlainString();
        return explained.sum().compareTo(explained.rounded()) == 0 ? rounded
                : rounded + " (exactly " + explained.sum().toPlainString() + ")";
    }

    private static String line(List<String> values, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append("  ");
            }
            line.append(values.get(i));
            line.append(" ".repeat(Math.max(0, widths[i] - values.get(i).length())));
        }
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        return line.substring(0, end) + "\n";
    }

    private static String json(FigureExplainer.Explanation explained) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("report", explained.report());
        document.put("period", explained.period().key());
        document.put("row", explained.row().text());
        document.put("figure", explained.figureColumn());
        document.put("value", explained.figure());
        document.put("sum", explained.sum());
        document.put("rounded", explained.rounded());
        if (explained.isRatio()) {
            document.put("formula", explained.formula());
            document.put("parts", explained.parts().stream().map(p -> Map.of("figure", p.figureColumn(), "sum",
                    p.sum(), "rows", p.rows())).toList());
        } else {
            document.put("rows", explained.rows());
        }
        try {
            return new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value instanceof BigDecimal amount ? amount.toPlainString() : value.toString();
    }
}
