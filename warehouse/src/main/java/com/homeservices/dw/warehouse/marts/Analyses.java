package com.homeservices.dw.warehouse.marts;

import com.homeservices.dw.warehouse.Warehouse;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;

/** Every analysis, in the order {@code ./dw analyze} runs them; the one list to extend with a new analysis. */
public final class Analyses {

    private Analyses() {
    }

    /**
     * @param workFolder where each analysis's Parquet exchange goes (a folder of its own under it)
     */
    public static List<Analysis> all(Warehouse warehouse, SparkSession spark, Path workFolder) {
        return List.of(
                new ClaimTotalsRefresh(warehouse, spark, workFolder),
                new ComplaintHandlingRefresh(warehouse, spark, workFolder),
                new StaffAttritionRefresh(warehouse, spark, workFolder),
                new OutletProfitabilityRefresh(warehouse, spark, workFolder),
                new AttendanceRefresh(warehouse, spark, workFolder),
                new CustomerSegmentationRefresh(warehouse, spark, workFolder));
    }

    /** The analyses called {@code names}, in {@link #all}'s order; an unknown name is refused naming the known. */
    public static List<Analysis> named(List<Analysis> all, List<String> names) {
        for (String name : names) {
            if (all.stream().noneMatch(a -> a.name().equals(name))) {
                throw new IllegalArgumentException("unknown analysis '" + name + "': the analyses are "
                        + all.stream().map(Analysis::name).collect(Collectors.joining(", ")));
            }
        }
        return all.stream().filter(a -> names.contains(a.name())).toList();
    }
}
