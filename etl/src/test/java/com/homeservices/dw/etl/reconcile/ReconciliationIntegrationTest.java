package com.homeservices.dw.etl.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import com.homeservices.dw.etl.generator.CompanyGenerator;
import com.homeservices.dw.etl.generator.CsvSourceWriter;
import com.homeservices.dw.etl.generator.JdbcSourceWriter;
import com.homeservices.dw.etl.generator.ScaleTier;
import com.homeservices.dw.etl.load.BatchInfrastructure;
import com.homeservices.dw.etl.load.LoadJob;
import com.homeservices.dw.etl.load.LoadResult;
import com.homeservices.dw.etl.source.SourceLocation;
import com.homeservices.dw.etl.source.SourcePassword;
import com.homeservices.dw.etl.testing.SourceCsvEdits;
import com.homeservices.dw.etl.testing.TestDatabases;
import com.homeservices.dw.etl.testing.TestPhoneKey;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.policy.CompanyPolicy;
import com.homeservices.dw.warehouse.testing.Rows;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Source against warehouse: zero difference after a load of a dirty company, and a change shows up. */
class ReconciliationIntegrationTest {

    private static final CompanyGenerator.Settings DIRTY =
            new CompanyGenerator.Settings(ScaleTier.TINY, 5L, 0.03, LocalDate.of(2026, 11, 22));

    @TempDir
    Path temp;

    @Test
    void aDirtyCsvCompanyReconcilesToZeroAndANewSourceRowShowsUp() throws Exception {
        Path csv = temp.resolve("csv");
        try (CsvSourceWriter writer = new CsvSourceWriter(csv)) {
            new CompanyGenerator(DIRTY, line -> { }).generate(writer);
        }
        try (Warehouse warehouse = Warehouse.inMemory(CompanyPolicy.defaults())) {
            LoadResult load = new LoadJob(warehouse, BatchInfrastructure.inMemory(), TestPhoneKey.KEY).run(SourceLocation.parse("csv:" + csv));
            Reconciliation reconciliation = new Reconciliation(warehouse, SourcePassword.none());

            List<Reconciliation.TableReconciliation> before = reconciliation.reconcile(SourceLocation.parse("csv:" + csv));

            assertThat(before).hasSize(13).allSatisfy(t -> assertThat(t.balances()).as(t.toString()).isTrue());
            Reconciliation.TableReconciliation claims = table(before, "claim");
            assertThat(claims.rejectedRows()).isEqualTo(load.table("claim").rejected()).isPositive();
            assertThat(claims.sums().get(0).source()).isEqualByComparingTo(
                    claims.sums().get(0).warehouse().add(claims.sums().get(0).rejected()));

            // A claim added at the source after the load: one row and its amounts more in the source.
            Files.writeString(csv.resolve("claim.csv"), "99999,CL99999,1,1,property_damage,2026-11-22 09:00:00,"
                    + "300.00,320.00,0.00,0.00,0.00,,open,,,2026-11-22 09:00:00\n", StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
            Reconciliation.TableReconciliation after = table(reconciliation.reconcile(SourceLocation.parse("csv:" + csv)),
                    "claim");

            assertThat(after.difference()).isEqualTo(1);
            assertThat(after.sums().get(0).column()).isEqualTo("estimated_loss");
            assertThat(after.sums().get(0).difference()).isEqualByComparingTo(new BigDecimal("300.00"));
            assertThat(after.balances()).isFalse();
            assertThat(after.unmatched()).isEqualTo(new Reconciliation.Unmatched(1, List.of("99999"), 0, List.of()));

            // And a loaded claim deleted at the source: the counts balance again (one more, one fewer), the amounts
            // do not, and both rows are named.
            String loaded = String.valueOf(warehouse.queryLong("select min(claim_key) from fct_claim"));
            SourceCsvEdits.remove(csv.resolve("claim.csv"), loaded);
            Reconciliation.TableReconciliation both = table(reconciliation.reconcile(SourceLocation.parse("csv:" + csv)),
                    "claim");

            assertThat(both.difference()).isZero();
            assertThat(both.balances()).isFalse();
            assertThat(both.unmatched()).isEqualTo(new Reconciliation.Unmatched(1, List.of("99999"), 1,
                    List.of(loaded)));
            assertThat(table(reconciliation.reconcile(SourceLocation.parse("csv:" + csv)), "hq_expense").unmatched())
                    .as("a table that balances is not searched").isNull();
        }
    }

    /**
     * A loaded order later changed at the source to a negative amount: the next load rejects the new version and
     * the warehouse keeps the last good one, so the row is counted in both and the table does not balance. The
     * reconciliation names that order, why it was rejected, which run's version is kept and both amounts; counting
     * it once, the table balances.
     */
    @Test
    void anOrderKeptAtItsLastGoodVersionIsNamedWithWhy() throws Exception {
        Path csv = temp.resolve("csv");
        try (CsvSourceWriter writer = new CsvSourceWriter(csv)) {
            new CompanyGenerator(new CompanyGenerator.Settings(ScaleTier.TINY, 5L, 0.0, LocalDate.of(2026, 11, 22)),
                    line -> { }).generate(writer);
        }
        try (Warehouse warehouse = Warehouse.inMemory(CompanyPolicy.defaults())) {
            LoadJob loads = new LoadJob(warehouse, BatchInfrastructure.inMemory(), TestPhoneKey.KEY);
            loads.run(SourceLocation.parse("csv:" + csv));
            long firstRun = warehouse.queryLong("select max(run_id) from etl_run");
            List<String> order = Rows.of(warehouse, "select service_order_key || '|' || order_no || '|' || amount"
                    + " from fct_service_order where status = 'completed' order by service_order_key limit 1");
            String[] kept = order.get(0).split("\\|");
            SourceCsvEdits.change(csv.resolve("service_order.csv"), kept[0], "amount", "-50.00");

            loads.run(SourceLocation.parse("csv:" + csv));
            long secondRun = warehouse.queryLong("select max(run_id) from etl_run");
            Reconciliation.TableReconciliation orders = table(new Reconciliation(warehouse, SourcePassword.none())
                    .reconcile(SourceLocation.parse("csv:" + csv)), "service_order");

            assertThat(orders.balances()).isFalse();
            assertThat(orders.heldBack()).hasSize(1);
            Reconciliation.HeldBack held = orders.heldBack().get(0);
            assertThat(held.sourceId()).isEqualTo(kept[0]);
            assertThat(held.businessKey()).isEqualTo("order_no " + kept[1]);
            assertThat(held.reason()).startsWith("negative_amount:");
            assertThat(held.rejectedInRun()).isEqualTo(secondRun);
            assertThat(held.keptFromRun()).isEqualTo(firstRun);
            int amount = orders.sums().stream().map(Reconciliation.ColumnSums::column).toList().indexOf("amount");
            assertThat(held.warehouseAmounts().get(amount)).isEqualByComparingTo(kept[2]);
            assertThat(held.rejectedAmounts().get(amount)).isEqualByComparingTo("-50.00");
            assertThat(orders.balancesBesidesHeldBack()).isTrue();
        }
    }

    @Test
    void anIncrementalPostgresLoadReadsOnlyWhatChangedAndStillReconciles() throws Exception {
        try (TestDatabases.Database postgres = TestDatabases.postgres();
             Warehouse warehouse = Warehouse.inMemory(CompanyPolicy.defaults())) {
            try (JdbcSourceWriter writer = new JdbcSourceWriter(postgres.url())) {
                new CompanyGenerator(DIRTY, line -> { }).generate(writer);
            }
            LoadJob loads = new LoadJob(warehouse, BatchInfrastructure.inMemory(), TestPhoneKey.KEY);
            LoadResult first = loads.run(SourceLocation.parse(postgres.url()));
            // A day later: three completed orders the warehouse holds get a 1.00 goodwill discount.
            String ids = String.join(",", Rows.of(warehouse, "select service_order_key from fct_service_order"
                    + " where status = 'completed' and amount > 100 order by 1 limit 3"));
            try (Connection source = DriverManager.getConnection(postgres.url()); Statement s = source.createStatement()) {
                assertThat(s.executeUpdate("update service_order set discount = discount + 1, amount = amount - 1,"
                        + " updated_at = timestamp '2026-11-23 12:00:00' where id in (" + ids + ")")).isEqualTo(3);
            }

            LoadResult second = loads.run(SourceLocation.parse(postgres.url()));

            assertThat(second.table("service_order").updated()).isEqualTo(3);
            assertThat(second.table("service_order").inserted()).isZero();
            assertThat(second.table("service_order").extracted())
                    .isLessThan(first.table("service_order").extracted() / 10);
            assertThat(second.table("attendance").extracted()).isLessThan(first.table("attendance").extracted() / 10);
            assertThat(new Reconciliation(warehouse, SourcePassword.none()).reconcile(SourceLocation.parse(postgres.url())))
                    .allSatisfy(t -> assertThat(t.balances()).as(t.toString()).isTrue());

            // An attendance row deleted at the source is named by its key, staff id and day, read from the database.
            String[] day = Rows.of(warehouse, "select staff_id || '|' || work_date from fct_attendance"
                    + " order by work_date, staff_id limit 1").get(0).split("\\|");
            try (Connection source = DriverManager.getConnection(postgres.url()); Statement s = source.createStatement()) {
                assertThat(s.executeUpdate("delete from attendance where staff_id = " + day[0] + " and work_date = date '"
                        + day[1] + "'")).isEqualTo(1);
            }
            Reconciliation.TableReconciliation attendance = table(new Reconciliation(warehouse, SourcePassword.none())
                    .reconcile(SourceLocation.parse(postgres.url())), "attendance");
            assertThat(attendance.difference()).isEqualTo(-1);
            assertThat(attendance.unmatched()).isEqualTo(new Reconciliation.Unmatched(0, List.of(), 1,
                    List.of(day[0] + "@" + day[1])));
        }
    }

    private static Reconciliation.TableReconciliation table(List<Reconciliation.TableReconciliation> tables, String name) {
        return tables.stream().filter(t -> t.table().equals(name)).findFirst().orElseThrow();
    }
}
