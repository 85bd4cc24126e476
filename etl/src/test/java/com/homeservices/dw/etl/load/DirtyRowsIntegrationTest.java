package com.homeservices.dw.etl.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.homeservices.dw.etl.generator.CompanyGenerator;
import com.homeservices.dw.etl.generator.CsvSourceWriter;
import com.homeservices.dw.etl.generator.DirtyKind;
import com.homeservices.dw.etl.generator.JdbcSourceWriter;
import com.homeservices.dw.etl.generator.ScaleTier;
import com.homeservices.dw.etl.generator.SourceWriter;
import com.homeservices.dw.etl.source.SourceLocation;
import com.homeservices.dw.etl.source.SourceTable;
import com.homeservices.dw.etl.testing.TestDatabases;
import com.homeservices.dw.etl.testing.TestPhoneKey;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.policy.CompanyPolicy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator spoils 5% of the rows and says which and how; the load must reject exactly those rows of the tables
 * it reads, each with the generator's reason, and account for every row: extracted = loaded + rejected.
 */
class DirtyRowsIntegrationTest {

    private static final CompanyGenerator.Settings DIRTY_COMPANY =
            new CompanyGenerator.Settings(ScaleTier.TINY, 7L, 0.05, LocalDate.of(2026, 11, 22));
    private static final Set<SourceTable> LOADED = EnumSet.copyOf(LoadJob.TABLES);

    @TempDir
    Path temp;

    @Test
    void csvRejectsAreExactlyTheSpoiledRows() throws Exception {
        Path csv = temp.resolve("csv");
        assertRejectsMatchTheGenerator(() -> new CsvSourceWriter(csv), "csv:" + csv, true);
    }

    @Test
    void postgresRejectsAreExactlyTheSpoiledRows() throws Exception {
        try (TestDatabases.Database postgres = TestDatabases.postgres()) {
            assertRejectsMatchTheGenerator(() -> new JdbcSourceWriter(postgres.url()), postgres.url(), false);
        }
    }

    private void assertRejectsMatchTheGenerator(Supplier<SourceWriter> target, String source, boolean csv)
            throws Exception {
        CompanyGenerator.Summary summary;
        try (SourceWriter writer = target.get()) {
            summary = new CompanyGenerator(DIRTY_COMPANY, line -> { }).generate(writer);
        }
        List<String> spoiled = summary.spoiled().stream()
                .filter(row -> LOADED.contains(row.table()))
                .map(row -> row.table().tableName() + "|" + (row.kind() == DirtyKind.MALFORMED_LINE ? "?" : row.id())
                        + "|" + row.kind().reason())
                .sorted().toList();
        Set<DirtyKind> kinds = summary.spoiled().stream().filter(row -> LOADED.contains(row.table()))
                .map(row -> row.kind()).collect(Collectors.toCollection(() -> EnumSet.noneOf(DirtyKind.class)));

        try (Warehouse warehouse = Warehouse.inMemory(CompanyPolicy.defaults())) {
            LoadResult result = new LoadJob(warehouse, BatchInfrastructure.inMemory(), TestPhoneKey.KEY)
                    .run(SourceLocation.parse(source));

            // A malformed line has no trustworthy id; it is matched by its reason alone.
            List<String> rejected = CsvLoadIntegrationTest.rows(warehouse, "select table_name,"
                    + " case when reason_code = 'malformed_line' then '?' else source_id end, reason_code"
                    + " from etl_reject").stream().sorted().toList();
            assertThat(rejected).isEqualTo(spoiled);
            assertThat(kinds).containsAll(csv ? EnumSet.allOf(DirtyKind.class)
                    : EnumSet.complementOf(EnumSet.of(DirtyKind.MALFORMED_LINE)));
            for (TableCounts counts : result.tables()) {
                assertThat(counts.balances()).as(counts.toString()).isTrue();
                long generated = summary.rows().get(SourceTable.ofName(counts.table()));
                long duplicates = summary.spoiled().stream().filter(row -> row.table().tableName().equals(counts.table())
                        && row.kind() == DirtyKind.DUPLICATE_KEY).count();
                assertThat(counts.extracted()).as(counts.table()).isEqualTo(generated + duplicates);
            }
        }
    }
}
