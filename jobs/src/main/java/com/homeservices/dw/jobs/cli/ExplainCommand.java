package com.homeservices.dw.jobs.cli;

import com.homeservices.dw.jobs.config.DwConfig;
import com.homeservices.dw.reports.ExplanationOutput;
import com.homeservices.dw.reports.FigureExplainer;
import com.homeservices.dw.reports.ReportCatalogue;
import com.homeservices.dw.reports.ReportDefinition;
import com.homeservices.dw.reports.ReportRenderer;
import com.homeservices.dw.reports.RowKey;
import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.period.Period;
import java.util.List;
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
        ExplanationOutput.Format chosenFormat = ExplanationOutput.Format.parse(format);
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
        try (Warehouse warehouse = Warehouse.openReadOnly(config.warehouse(), config.policy());
             FigureExplainer explainer = new FigureExplainer(warehouse)) {
            explained = explainer.explain(report.name(), chosen, key, figure,
                    ExplanationOutput.ROWS_HELD);
            explainer.write(explained, chosenFormat, System.out);
        }
        if (!explained.agrees()) {
            throw new DwException("the rows add up to " + explained.rounded().toPlainString() + " but the report shows "
                    + explained.figure().toPlainString() + ": recompute the period (./dw analyze) and compare again");
        }
        return 0;
    }
}
