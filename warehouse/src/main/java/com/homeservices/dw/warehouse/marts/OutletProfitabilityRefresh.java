package com.homeservices.dw.warehouse.marts;

import com.homeservices.dw.warehouse.SqlFiles;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.analytics.OutletProfitability;
import com.homeservices.dw.warehouse.period.PeriodKind;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.SparkSession;

/**
 * Recomputes {@code mart_outlet_profit_week} and {@code mart_outlet_profit_month} with {@link OutletProfitability}:
 * every week and month holding a day from {@code from} to {@code to}, both marts' ranges swapped in one transaction.
 */
public final class OutletProfitabilityRefresh implements Analysis {

    public static final String WEEKLY = "mart_outlet_profit_week";
    public static final String MONTHLY = "mart_outlet_profit_month";

    private final Warehouse warehouse;
    private final SparkSession spark;
    private final Path workFolder;

    public OutletProfitabilityRefresh(Warehouse warehouse, SparkSession spark, Path workFolder) {
        this.warehouse = warehouse;
        this.spark = spark;
        this.workFolder = workFolder;
    }

    @Override
    public String name() {
        return "outlet-profitability";
    }

    @Override
    public Set<PeriodKind> periodKinds() {
        return EnumSet.of(PeriodKind.WEEK, PeriodKind.MONTH);
    }

    @Override
    public List<String> marts() {
        return List.of(WEEKLY, MONTHLY);
    }

    @Override
    public void refresh(LocalDate from, LocalDate to) {
        refresh(from, to, to);
    }

    /** Weeks and months end on different days: each kind keeps only its own periods that ended by {@code endsBy}. */
    @Override
    public void refreshEnded(LocalDate from, LocalDate to, LocalDate endsBy, LocalDate epoch) {
        refresh(from, min(to, PeriodKind.WEEK.lastEnded(endsBy, epoch).end()),
                min(to, PeriodKind.MONTH.lastEnded(endsBy, epoch).end()));
    }

    /**
     * Recomputes every week holding a day from {@code from} to {@code weeksTo} and every month holding a day from
     * {@code from} to {@code monthsTo}; a kind whose range ends before {@code from} is left as it was.
     */
    private void refresh(LocalDate from, LocalDate weeksTo, LocalDate monthsTo) {
        boolean weeks = !weeksTo.isBefore(from);
        boolean months = !monthsTo.isBefore(from);
        if (!weeks && !months) {
            return;
        }
        LocalDate to = weeksTo.isAfter(monthsTo) ? weeksTo : monthsTo;
        try (ParquetExchange exchange = new ParquetExchange(warehouse, workFolder.resolve(name()))) {
            OutletProfitability.DaysRead days =
                    OutletProfitability.daysRead(from, to, warehouse.policy().profitability());
            OutletProfitability.Inputs inputs = new OutletProfitability.Inputs(
                    exchange.toSpark(spark, "orders", SqlFiles.read("marts/profit_orders_for_spark.sql"),
                            Map.of("read_from", days.from(), "read_to", days.to())),
                    read(exchange, "claims", "marts/profit_claims_for_spark.sql"),
                    read(exchange, "outlet_costs", "marts/profit_outlet_costs_for_spark.sql"),
                    read(exchange, "head_office", "marts/profit_head_office_for_spark.sql"),
                    read(exchange, "outlets", "marts/profit_outlets_for_spark.sql"));
            OutletProfitability.Result result =
                    new OutletProfitability(warehouse.policy().profitability()).compute(inputs, from, to);
            result.weekly().write().mode("overwrite").parquet(exchange.outputFolder("weekly"));
            result.monthly().write().mode("overwrite").parquet(exchange.outputFolder("monthly"));

            List<MartSwap.Part> parts = new ArrayList<>();
            if (weeks) {
                LocalDate firstWeek = from.with(DayOfWeek.MONDAY);
                LocalDate lastWeek = weeksTo.with(DayOfWeek.MONDAY);
                parts.add(new MartSwap.Part(WEEKLY, "week_start_on", firstWeek, lastWeek, lastWeek.plusDays(6),
                        withNames(WEEKLY, exchange.readBack("weekly"), "week_start_on", lastWeek)));
            }
            if (months) {
                LocalDate lastMonth = monthsTo.withDayOfMonth(1);
                parts.add(new MartSwap.Part(MONTHLY, "month_start_on", from.withDayOfMonth(1), lastMonth,
                        monthsTo.withDayOfMonth(monthsTo.lengthOfMonth()),
                        withNames(MONTHLY, exchange.readBack("monthly"), "month_start_on", lastMonth)));
            }
            MartSwap.replace(warehouse, parts.toArray(MartSwap.Part[]::new));
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> read(ParquetExchange exchange, String name,
                                                                        String sqlFile) {
        return exchange.toSpark(spark, name, SqlFiles.read(sqlFile));
    }

    /**
     * Names travel with the rows, so that reports read the marts alone; the periods after {@code lastStart} (computed
     * for the other kind's sake) are left out.
     */
    private static String withNames(String mart, String rows, String periodColumn, LocalDate lastStart) {
        return "insert into " + mart + " by name select profit.*, outlet_name, business_unit_name_en,"
                + " business_unit_name_zh from " + rows + " as profit join dim_outlet using (outlet_code)"
                + " where profit." + periodColumn + " <= date '" + lastStart + "'";
    }
}
