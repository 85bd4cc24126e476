package com.homeservices.dw.warehouse.marts;

import com.homeservices.dw.warehouse.SqlFiles;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.analytics.ClaimTotals;
import com.homeservices.dw.warehouse.period.Period;
import com.homeservices.dw.warehouse.period.PeriodKind;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Recomputes the claim-totals marts for a range of fortnights: the claims go to Spark as Parquet, {@link ClaimTotals}
 * runs there, and the range's mart rows are replaced in one DuckDB transaction together with the reconciliation,
 * so a report never reads half of a recomputation.
 */
public final class ClaimTotalsRefresh implements Analysis {

    public static final String MART = "mart_claim_totals_fortnight";
    public static final String EXCEPTIONS = "mart_claim_authority_exception";
    public static final String RECONCILIATION = "mart_claim_reconciliation_fortnight";

    private final Warehouse warehouse;
    private final SparkSession spark;
    private final Path workFolder;

    public ClaimTotalsRefresh(Warehouse warehouse, SparkSession spark, Path workFolder) {
        this.warehouse = warehouse;
        this.spark = spark;
        this.workFolder = workFolder;
    }

    @Override
    public String name() {
        return "claim-totals";
    }

    private ParquetExchange exchange() {
        return new ParquetExchange(warehouse, workFolder.resolve(name()));
    }

    @Override
    public Set<PeriodKind> periodKinds() {
        return EnumSet.of(PeriodKind.FORTNIGHT);
    }

    @Override
    public List<String> marts() {
        return List.of(MART, EXCEPTIONS, RECONCILIATION);
    }

    @Override
    public void refresh(LocalDate from, LocalDate to) {
        LocalDate epoch = warehouse.policy().fortnightEpoch();
        try (ParquetExchange exchange = exchange()) {
            refresh(PeriodKind.FORTNIGHT.containing(from, epoch), PeriodKind.FORTNIGHT.containing(to, epoch));
        }
    }

    /** Recomputes every fortnight from {@code first} to {@code last}. */
    public void refresh(Period first, Period last) {
        warehouse.ensureDates(first.start(), last.end());
        ParquetExchange exchange = exchange();
        Dataset<Row> claims = exchange.toSpark(spark, "claims", SqlFiles.read("marts/claims_for_spark.sql"));
        ClaimTotals.Result result = new ClaimTotals(warehouse.policy()).compute(claims, first, last);
        result.totals().write().mode("overwrite").parquet(exchange.outputFolder("totals"));
        result.exceptions().write().mode("overwrite").parquet(exchange.outputFolder("exceptions"));

        warehouse.inTransaction(c -> {
            for (String table : new String[] {MART, EXCEPTIONS}) {
                MartSwap.delete(c, table, "fortnight_start_on", first.start(), last.start());
            }
            try (var s = c.createStatement()) {
                // Names travel with the rows, so that reports read the marts alone.
                s.execute("insert into " + MART + " by name select totals.*, outlet_name, business_unit_name_en,"
                        + " business_unit_name_zh from " + exchange.readBack("totals") + " as totals"
                        + " join dim_outlet using (outlet_code)");
                s.execute("insert into mart_claim_authority_exception by name select exceptions.*, outlet_name from "
                        + exchange.readBack("exceptions") + " as exceptions join dim_outlet using (outlet_code)");
            }
            reconcile(c, first, last);
            for (String mart : marts()) {
                MartSwap.note(c, warehouse.policy().zone(), mart, first.start(), last.end());
            }
            return null;
        });
    }

    /**
     * Works the reconciliation line of the fortnights {@code first} to {@code last} out again from the loaded claims
     * and the totals mart as they stand, in the caller's transaction.
     */
    public static void reconcile(Connection c, Period first, Period last) throws SQLException {
        MartSwap.delete(c, RECONCILIATION, "fortnight_start_on", first.start(), last.start());
        try (PreparedStatement reconcile = c.prepareStatement(
                SqlFiles.read("marts/mart_claim_reconciliation_fortnight.sql"))) {
            reconcile.setDate(1, Date.valueOf(first.start()));
            reconcile.setDate(2, Date.valueOf(last.start()));
            reconcile.executeUpdate();
        }
    }
}
