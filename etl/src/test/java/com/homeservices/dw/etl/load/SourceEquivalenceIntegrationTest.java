package com.homeservices.dw.etl.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.homeservices.dw.etl.generator.CompanyGenerator;
import com.homeservices.dw.etl.generator.CsvSourceWriter;
import com.homeservices.dw.etl.generator.JdbcSourceWriter;
import com.homeservices.dw.etl.generator.ScaleTier;
import com.homeservices.dw.etl.generator.SourceWriter;
import com.homeservices.dw.etl.source.SourceLocation;
import com.homeservices.dw.etl.testing.TestDatabases;
import com.homeservices.dw.etl.testing.TestPhoneKey;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.marts.ClaimTotalsRefresh;
import com.homeservices.dw.warehouse.policy.CompanyPolicy;
import com.homeservices.dw.warehouse.testing.SparkForTests;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One generated company written to a CSV folder, to PostgreSQL and to MariaDB, loaded from each into its own
 * warehouse: the facts, the (absent) rejects and the Spark claim totals must be identical whichever way the rows
 * came. Dirty rows are the subject of {@link DirtyRowsIntegrationTest}.
 */
class SourceEquivalenceIntegrationTest {

    private static final CompanyGenerator.Settings COMPANY =
            new CompanyGenerator.Settings(ScaleTier.TINY, 20261122L, 0.0, LocalDate.of(2026, 11, 22));

    @TempDir
    Path temp;

    @Test
    void csvPostgresAndMariadbGiveTheSameWarehouse() throws Exception {
        Path csv = temp.resolve("csv");
        Snapshot fromCsv = loadAndCompute(csv.toString(), () -> new CsvSourceWriter(csv), "csv:" + csv);
        try (TestDatabases.Database postgres = TestDatabases.postgres();
             TestDatabases.Database mariadb = TestDatabases.mariadb()) {
            Snapshot fromPostgres = loadAndCompute("postgres", () -> new JdbcSourceWriter(postgres.url()), postgres.url());
            Snapshot fromMariadb = loadAndCompute("mariadb", () -> new JdbcSourceWriter(mariadb.url()), mariadb.url());

            assertThat(fromCsv.claims()).hasSizeGreaterThan(20);
            assertThat(fromCsv.claimTotals()).hasSizeGreaterThan(20);
            assertThat(fromCsv.rejects()).isEmpty();
            assertThat(fromPostgres).isEqualTo(fromCsv);
            assertThat(fromMariadb).isEqualTo(fromCsv);
        }
    }

    /** What a load and a claim-totals computation leave behind, as comparable text. */
    record Snapshot(List<String> claims, List<String> orders, List<String> rejects, List<String> claimTotals,
                    List<String> exceptions) {
    }

    private Snapshot loadAndCompute(String name, Supplier<SourceWriter> target, String source) throws Exception {
        try (SourceWriter writer = target.get()) {
            new CompanyGenerator(COMPANY, line -> { }).generate(writer);
        }
        try (Warehouse warehouse = Warehouse.inMemory(CompanyPolicy.defaults())) {
            new LoadJob(warehouse, BatchInfrastructure.inMemory(), TestPhoneKey.KEY)
                    .run(SourceLocation.parse(source));
            new ClaimTotalsRefresh(warehouse, SparkForTests.session(), temp.resolve("work-" + name)).refresh(
                    LocalDate.of(2023, 11, 23), LocalDate.of(2026, 11, 22));
            return new Snapshot(
                    CsvLoadIntegrationTest.rows(warehouse, "select * exclude (load_run_id) from fct_claim order by claim_key"),
                    CsvLoadIntegrationTest.rows(warehouse, "select * exclude (load_run_id) from fct_service_order order by 1"),
                    CsvLoadIntegrationTest.rows(warehouse, "select table_name, source_id, reason_code from etl_reject"
                            + " order by all"),
                    CsvLoadIntegrationTest.rows(warehouse, "select * from mart_claim_totals_fortnight order by all"),
                    CsvLoadIntegrationTest.rows(warehouse, "select * from mart_claim_authority_exception order by all"));
        }
    }
}
