package com.homeservices.dw.warehouse.marts;

import com.homeservices.dw.warehouse.SqlFiles;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.analytics.StaffAttrition;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/** Recomputes {@code mart_staff_attrition_month} for a range of months with {@link StaffAttrition}. */
public final class StaffAttritionRefresh extends MonthlyRefresh {

    public static final String MART = "mart_staff_attrition_month";

    public StaffAttritionRefresh(Warehouse warehouse, SparkSession spark, Path workFolder) {
        super("staff-attrition", List.of(MART), warehouse, spark, workFolder);
    }

    @Override
    public void refresh(YearMonth first, YearMonth last) {
        ParquetExchange exchange = exchange();
        new StaffAttrition(warehouse.policy().attrition())
                .compute(exchange.toSpark(spark, "staff", SqlFiles.read("marts/staff_for_spark.sql")), first, last)
                .write().mode("overwrite").parquet(exchange.outputFolder("attrition"));
        // A business unit's or outlet's name travels with its rows; positions and bands are translated by reports.
        MartSwap.replace(warehouse, new MartSwap.Part(MART, "month_start_on", first.atDay(1), last.atDay(1),
                last.atEndOfMonth(), "insert into " + MART + " by name select attrition.*,"
                        + " coalesce(units.business_unit_name_en, outlets.outlet_name, attrition.cut_value) as cut_label_en,"
                        + " coalesce(units.business_unit_name_zh, outlets.outlet_name, attrition.cut_value) as cut_label_zh"
                        + " from " + exchange.readBack("attrition") + " as attrition"
                        + " left join dim_business_unit as units on attrition.cut = 'business_unit'"
                        + "   and units.business_unit_code = attrition.cut_value"
                        + " left join dim_outlet as outlets on attrition.cut = 'outlet'"
                        + "   and outlets.outlet_code = attrition.cut_value"));
    }
}
