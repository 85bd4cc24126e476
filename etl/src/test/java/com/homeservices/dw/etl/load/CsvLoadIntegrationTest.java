package com.homeservices.dw.etl.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.homeservices.dw.etl.source.SourceLocation;
import com.homeservices.dw.etl.testing.Fixtures;
import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.policy.CompanyPolicy;
import com.homeservices.dw.warehouse.testing.Rows;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads the hand-made CSV export in fixtures/handmade, where each bad row breaks exactly one rule. */
class CsvLoadIntegrationTest {

    @TempDir
    Path temp;

    private LoadResult load(Warehouse warehouse, Path folder) {
        return new LoadJob(warehouse, BatchInfrastructure.inMemory(), LoadJob.DEFAULT_MAX_AMOUNT)
                .run(SourceLocation.parse("csv:" + folder));
    }

    @Test
    void everyRowIsLoadedOrRejectedWithItsReason() throws SQLException {
        Path folder = Fixtures.copy("handmade", temp);
        try (Warehouse warehouse = Warehouse.inMemory(CompanyPolicy.defaults())) {
            LoadResult result = load(warehouse, folder);

            assertThat(result.tables()).containsExactly(
                    new TableCounts("business_unit", 3, 2, 1),
                    new TableCounts("outlet", 4, 2, 2),
                    new TableCounts("service_order", 10, 3, 7),
                    new TableCounts("claim", 11, 3, 8));
            assertThat(rows(warehouse, "select table_name, coalesce(source_id, 'line ' || source_row), reason_code"
                    + " from etl_reject order by table_name, 2")).containsExactly(
                    "business_unit|2|duplicate_key",
                    "claim|503|negative_amount",
                    "claim|504|absurd_amount",
                    "claim|505|dates_out_of_order",
                    "claim|506|orphan_reference",
                    "claim|507|unknown_code",
                    "claim|508|duplicate_key",
                    "claim|509|missing_required",
                    "claim|510|bad_date",
                    "outlet|12|orphan_reference",
                    "outlet|13|dates_out_of_order",
                    "service_order|103|amount_mismatch",
                    "service_order|104|bad_number",
                    "service_order|105|unknown_code",
                    "service_order|106|orphan_reference",
                    "service_order|108|missing_required",
                    "service_order|109|duplicate_key",
                    "service_order|line 9|malformed_line");
        }
    }

    @Test
    void rejectsKeepTheRawRowAndAReasonAPersonCanAct() throws SQLException {
        Path folder = Fixtures.copy("handmade", temp);
        try (Warehouse warehouse = Warehouse.inMemory(CompanyPolicy.defaults())) {
            load(warehouse, folder);

            assertThat(rows(warehouse, "select reason_detail, raw_row from etl_reject where source_id = '508'"))
                    .singleElement().asString()
                    .startsWith("claim_no CL500 belongs to claim id 500|{")
                    .contains("\"claim_no\":\"CL500\"", "\"id\":\"508\"");
            assertThat(rows(warehouse, "select raw_row from etl_reject where reason_code = 'malformed_line'"))
                    .containsExactly("107,SO107,5,10,1,7,web,2024-01-02 10:00:00,2024-01-03 09:00:00,4.00,4.00,45.00,"
                            + "0.00,180.00,completed,2024-01-03 13:00:00,,0.00,,0,2024-01-03 13:00:00,EXTRA");
        }
    }

    @Test
    void loadedFactsCarryExactAmountsAndTheNetCost() throws SQLException {
        Path folder = Fixtures.copy("handmade", temp);
        try (Warehouse warehouse = Warehouse.inMemory(CompanyPolicy.defaults())) {
            load(warehouse, folder);

            // 850.50 - 100.25 - 200.00 = 550.25; an open claim's missing amounts are zero.
            assertThat(rows(warehouse, "select claim_no, status, approved_amount, staff_liability_amount,"
                    + " insurer_recovery, net_cost, reported_date_key, settled_date_key from fct_claim order by claim_no"))
                    .containsExactly(
                            "CL500|settled|850.50|100.25|200.00|550.25|20240104|20240110",
                            "CL501|open|0.00|0.00|0.00|0.00|20240216|",
                            "CL502|rejected|0.00|0.00|0.00|0.00|20240105|20240106");
            assertThat(rows(warehouse, "select order_no, status, amount, cancellation_fee from fct_service_order"
                    + " order by order_no")).containsExactly(
                    "SO100|completed|180.00|0.00", "SO101|cancelled|432.00|43.20", "SO102|completed|18000.00|0.00");
            assertThat(rows(warehouse, "select outlet_code, business_unit_code, business_unit_name_en from dim_outlet"
                    + " order by 1")).containsExactly("SH-FS-002|FS|Facility Services", "SH-HH-001|HH|Household Services");
        }
    }

    @Test
    void loadingTheSameExportTwiceChangesNothing() throws SQLException {
        Path folder = Fixtures.copy("handmade", temp);
        try (Warehouse warehouse = Warehouse.inMemory(CompanyPolicy.defaults())) {
            LoadResult first = load(warehouse, folder);
            List<String> factsAfterFirst = rows(warehouse, "select * exclude (load_run_id) from fct_claim order by claim_key");
            LoadResult second = load(warehouse, folder);

            assertThat(second.tables()).isEqualTo(first.tables());
            assertThat(rows(warehouse, "select * exclude (load_run_id) from fct_claim order by claim_key"))
                    .isEqualTo(factsAfterFirst);
            assertThat(rows(warehouse, "select count(*), count(distinct service_order_key) from fct_service_order"))
                    .containsExactly("3|3");
            assertThat(rows(warehouse, "select run_id, status from etl_run order by run_id"))
                    .containsExactly("1|completed", "2|completed");
        }
    }

    @Test
    void aWrongHeaderIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path folder = Fixtures.copy("handmade", temp);
        Path claims = folder.resolve("claim.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(claims, StandardCharsets.UTF_8));
        lines.set(0, lines.get(0).replace("claimed_amount,approved_amount", "approved_amount,claimed_amount"));
        Files.write(claims, lines, StandardCharsets.UTF_8);
        try (Warehouse warehouse = Warehouse.inMemory(CompanyPolicy.defaults())) {
            assertThatThrownBy(() -> load(warehouse, folder))
                    .isInstanceOf(DwException.class)
                    .hasMessageContaining("claim.csv has the header")
                    .hasMessageContaining("but source.md's claim has the columns");
            assertThat(rows(warehouse, "select count(*) from dim_outlet")).containsExactly("0");
        }
    }

    @Test
    void aMissingFileOrFolderIsOneSentence() throws Exception {
        Path folder = Fixtures.copy("handmade", temp);
        Files.delete(folder.resolve("service_order.csv"));
        try (Warehouse warehouse = Warehouse.inMemory(CompanyPolicy.defaults())) {
            assertThatThrownBy(() -> load(warehouse, folder))
                    .isInstanceOf(DwException.class)
                    .hasMessage("the source folder " + folder + " has no service_order.csv");
            assertThatThrownBy(() -> load(warehouse, temp.resolve("nowhere")))
                    .isInstanceOf(DwException.class)
                    .hasMessage("the source folder " + temp.resolve("nowhere") + " does not exist");
        }
    }

    @Test
    void anUnreachableDatabaseIsOneSentence() {
        try (Warehouse warehouse = Warehouse.inMemory(CompanyPolicy.defaults())) {
            assertThatThrownBy(() -> new LoadJob(warehouse, BatchInfrastructure.inMemory(), LoadJob.DEFAULT_MAX_AMOUNT)
                    .run(SourceLocation.parse("jdbc:postgresql://127.0.0.1:1/ops?user=ops&password=secret")))
                    .isInstanceOf(DwException.class)
                    .hasMessageStartingWith("cannot reach the source jdbc:postgresql://127.0.0.1:1/ops?user=ops&password=***")
                    .hasMessageNotContaining("secret");
        }
    }

    static List<String> rows(Warehouse warehouse, String sql) throws SQLException {
        return Rows.of(warehouse, sql);
    }
}
