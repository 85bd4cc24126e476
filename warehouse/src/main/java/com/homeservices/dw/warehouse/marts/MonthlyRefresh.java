package com.homeservices.dw.warehouse.marts;

import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.period.PeriodKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.SparkSession;

/** An analysis whose marts hold months: a range of days refreshes every month that holds one of them. */
abstract class MonthlyRefresh implements Analysis {

    protected final Warehouse warehouse;
    protected final SparkSession spark;
    protected final Path workFolder;
    private final String name;
    private final List<String> marts;

    MonthlyRefresh(String name, List<String> marts, Warehouse warehouse, SparkSession spark, Path workFolder) {
        this.name = name;
        this.marts = List.copyOf(marts);
        this.warehouse = warehouse;
        this.spark = spark;
        this.workFolder = workFolder;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<PeriodKind> periodKinds() {
        return EnumSet.of(PeriodKind.MONTH);
    }

    @Override
    public List<String> marts() {
        return marts;
    }

    @Override
    public void refresh(LocalDate from, LocalDate to) {
        try (ParquetExchange exchange = exchange()) {
            refresh(YearMonth.from(from), YearMonth.from(to));
        }
    }

    /** Recomputes every month from {@code first} to {@code last}, both included. */
    public abstract void refresh(YearMonth first, YearMonth last);

    /** This analysis's Parquet exchange, a folder of its own under the work folder. */
    protected ParquetExchange exchange() {
        return new ParquetExchange(warehouse, workFolder.resolve(name));
    }
}
