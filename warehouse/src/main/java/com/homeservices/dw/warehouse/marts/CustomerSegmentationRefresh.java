package com.homeservices.dw.warehouse.marts;

import com.homeservices.dw.warehouse.SqlFiles;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.analytics.CustomerSegmentation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Recomputes {@code mart_customer_segment_month}, {@code mart_customer_segment_summary_month},
 * {@code mart_customer_pareto_month} and {@code mart_product_mix_month} for a range of months with
 * {@link CustomerSegmentation}, the four marts' ranges swapped in one transaction.
 */
public final class CustomerSegmentationRefresh extends MonthlyRefresh {

    public static final String SEGMENTS = "mart_customer_segment_month";
    public static final String SUMMARY = "mart_customer_segment_summary_month";
    public static final String PARETO = "mart_customer_pareto_month";
    public static final String PRODUCT_MIX = "mart_product_mix_month";

    public CustomerSegmentationRefresh(Warehouse warehouse, SparkSession spark, Path workFolder) {
        super("customer-segmentation", List.of(SEGMENTS, SUMMARY, PARETO, PRODUCT_MIX), warehouse, spark, workFolder);
    }

    @Override
    public boolean runsBesideTheOthers() {
        return true;
    }

    @Override
    public void refresh(YearMonth first, YearMonth last) {
        ParquetExchange exchange = exchange();
        Map<String, LocalDate> windows = Map.of("window_start", first.minusMonths(11).atDay(1),
                "window_end", last.atEndOfMonth());
        Dataset<Row> orders = exchange.toSpark(spark, "orders",
                SqlFiles.read("marts/segmentation_orders_for_spark.sql"), windows);
        Dataset<Row> customers = exchange.toSpark(spark, "customers",
                SqlFiles.read("marts/segmentation_customers_for_spark.sql"));
        Dataset<Row> flags = exchange.toSpark(spark, "flags",
                SqlFiles.read("marts/segmentation_flags_for_spark.sql"), windows);
        CustomerSegmentation segmentation = new CustomerSegmentation(warehouse.policy().segmentation());

        // The customer-months are computed once, into the mart's own file; the summaries read that file back.
        // A few strings the export already holds: DuckDB lists them at once, where Spark would plan, generate code
        // and pass over the orders for them (what CustomerSegmentation.categories does on a cluster's own data).
        List<String> categories = exchange.strings("select distinct product_category from "
                + exchange.readExport("orders") + " where status = 'completed' and completed_on is not null order by 1");
        String customerMonths = exchange.outputFolder("customers");
        // Without dictionaries: a month's customers are nearly all distinct, and trying a dictionary on every column
        // of millions of rows before falling back cost a tenth of the routine.
        Dataset<Row> computed = segmentation.customerMonths(orders, customers, flags, categories, first, last);
        computed.write().option("parquet.enable.dictionary", "false").parquet(customerMonths);
        // Read back with the schema it was written with: Spark would run a job to read it from the files.
        CustomerSegmentation.Result result = segmentation.summarize(
                spark.read().schema(computed.schema()).parquet(customerMonths), orders, customers, categories, first,
                last);
        result.segments().write().mode("overwrite").parquet(exchange.outputFolder("segments"));
        result.pareto().write().mode("overwrite").parquet(exchange.outputFolder("pareto"));
        result.productMix().write().mode("overwrite").parquet(exchange.outputFolder("product_mix"));
        MartSwap.Part[] parts = new MartSwap.Part[4];
        String[][] marts = {{SEGMENTS, "customers"}, {SUMMARY, "segments"}, {PARETO, "pareto"},
                {PRODUCT_MIX, "product_mix"}};
        for (int i = 0; i < marts.length; i++) {
            String columns = i == 0 ? "* exclude (" + String.join(", ", CustomerSegmentation.PRODUCT_MIX_INPUT) + ")"
                    : "*";
            parts[i] = new MartSwap.Part(marts[i][0], "month_start_on", first.atDay(1), last.atDay(1),
                    last.atEndOfMonth(), "insert into " + marts[i][0] + " by name select " + columns + " from "
                    + exchange.readBack(marts[i][1]));
        }
        MartSwap.replace(warehouse, parts);
    }
}
