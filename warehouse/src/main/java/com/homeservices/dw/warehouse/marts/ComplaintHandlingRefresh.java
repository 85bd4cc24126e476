package com.homeservices.dw.warehouse.marts;

import com.homeservices.dw.warehouse.SqlFiles;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.analytics.ComplaintHandling;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/** Recomputes {@code mart_complaint_handling_month} for a range of months with {@link ComplaintHandling}. */
public final class ComplaintHandlingRefresh extends MonthlyRefresh {

    public static final String MART = "mart_complaint_handling_month";

    public ComplaintHandlingRefresh(Warehouse warehouse, SparkSession spark, Path workFolder) {
        super("complaint-handling", List.of(MART), warehouse, spark, workFolder);
    }

    @Override
    public void refresh(YearMonth first, YearMonth last) {
        ParquetExchange exchange = exchange();
        new ComplaintHandling(warehouse.policy().complaints())
                .compute(exchange.toSpark(spark, "complaints", SqlFiles.read("marts/complaints_for_spark.sql")), first,
                        last)
                .write().mode("overwrite").parquet(exchange.outputFolder("handling"));
        // Names travel with the rows, so that reports read the marts alone.
        MartSwap.replace(warehouse, new MartSwap.Part(MART, "month_start_on", first.atDay(1), last.atDay(1),
                last.atEndOfMonth(), "insert into " + MART + " by name select handling.*, outlet_name, business_unit_name_en,"
                        + " business_unit_name_zh from " + exchange.readBack("handling") + " as handling"
                        + " join dim_outlet using (outlet_code)"));
    }
}
