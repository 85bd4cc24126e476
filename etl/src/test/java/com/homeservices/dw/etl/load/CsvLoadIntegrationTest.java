package com.homeservices.dw.etl.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.homeservices.dw.etl.source.SourceLocation;
import com.homeservices.dw.etl.testing.Fixtures;
import com.homeservices.dw.etl.testing.TestPhoneKey;
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
        return new LoadJob(warehouse, BatchInfrastructure.inMemory(), TestPhoneKey.KEY)
                .run(SourceLocation.parse("csv:" + folder));
    }

    @Test
    void everyRowIsLoadedOrRejectedWithItsReason() throws SQLException {
        Path folder = Fixtures.copy("handmade", temp);
        try (Warehouse warehouse = Warehouse.inMemory(CompanyPolicy.defaults())) {
            LoadResult result = load(warehouse, folder);

            assertThat(result.tables()).containsExactly(
                    new TableCounts("business_unit", 3, 2, 0, 0, 1),
                    new TableCounts("outlet", 4, 2, 0, 0, 2),
                    new TableCounts("customer", 2, 2, 0, 0, 0),
                    new TableCounts("customer_flag", 0, 0, 0, 0, 0),
                    new TableCounts("staff", 1, 1, 0, 0, 0),
                    new TableCounts("attendance", 0, 0, 0, 0, 0),
                    new TableCounts("payroll", 0, 0, 0, 0, 0),
                    new TableCounts("service_product", 3, 3, 0, 0, 0),
                    new TableCounts("service_order", 10, 3, 0, 0, 7),
                    new TableCounts("claim", 11, 3, 0, 0, 8),
                    new TableCounts("complaint", 0, 0, 0, 0, 0),
                    new TableCounts("outlet_expense", 0, 0, 0, 0, 0),
                    new TableCounts("hq_expense", 0, 0, 0, 0, 0));
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
    void everyRejectPointsAtItsLineInTheFile() throws SQLException {
        Path folder = Fixtures.copy("handmade", temp);
        try (Warehouse warehouse = Warehouse.inMemory(CompanyPolicy.defaults())) {
            load(warehouse, folder);

            // service_order.csv: the header is line 1, order 100 line 2 … the malformed 107 line 9, 108 line 10.
            assertThat(rows(warehouse, "select source_row, coalesce(source_id, '-'), reason_code from etl_reject"
                    + " where table_name = 'service_order' order by source_row")).containsExactly(
                    "5|103|amount_mismatch", "6|104|bad_number", "7|105|unknown_code", "8|106|orphan_reference",
                    "9|-|malformed_line", "10|108|missing_required", "11|109|duplicate_key");
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
            load(warehouse, folder);
            List<String> factsAfterFirst = rows(warehouse, "select * from fct_claim order by claim_key");

            LoadResult second = load(warehouse, folder);

            assertThat(second.tables()).containsExactly(
                    new TableCounts("business_unit", 3, 0, 0, 2, 1),
                    new TableCounts("outlet", 4, 0, 0, 2, 2),
                    new TableCounts("customer", 2, 0, 0, 2, 0),
                    new TableCounts("customer_flag", 0, 0, 0, 0, 0),
                    new TableCounts("staff", 1, 0, 0, 1, 0),
                    new TableCounts("attendance", 0, 0, 0, 0, 0),
                    new TableCounts("payroll", 0, 0, 0, 0, 0),
                    new TableCounts("service_product", 3, 0, 0, 3, 0),
                    new TableCounts("service_order", 10, 0, 0, 3, 7),
                    new TableCounts("claim", 11, 0, 0, 3, 8),
                    new TableCounts("complaint", 0, 0, 0, 0, 0),
                    new TableCounts("outlet_expense", 0, 0, 0, 0, 0),
                    new TableCounts("hq_expense", 0, 0, 0, 0, 0));
            // Not even rewritten: the rows still carry the first run's id.
            assertThat(rows(warehouse, "select * from fct_claim order by claim_key")).isEqualTo(factsAfterFirst);
            assertThat(rows(warehouse, "select distinct load_run_id from fct_service_order")).containsExactly("1");
            assertThat(rows(warehouse, "select run_id, status from etl_run order by run_id"))
                    .containsExactly("1|completed", "2|completed");
        }
    }

    @Test
    void aChangedSourceRowUpdatesItsFactAndNothingElse() throws Exception {
        Path folder = Fixtures.copy("handmade", temp);
        try (Warehouse warehouse = Warehouse.inMemory(CompanyPolicy.defaults())) {
            load(warehouse, folder);
            Path claims = folder.resolve("claim.csv");
            // Claim 501 is decided: settled, 2,800.00 approved, 300.00 from the staff member, 1,000.00 from the insurer.
            Files.writeString(claims, Files.readString(claims, StandardCharsets.UTF_8).replace(
                    "501,CL501,102,11,third_party,2024-02-16 09:00:00,3000.00,3500.00,,,,,open,,,2024-02-16 09:00:00",
                    "501,CL501,102,11,third_party,2024-02-16 09:00:00,3000.00,3500.00,2800.00,300.00,1000.00,"
                            + "vice_president,settled,2024-03-01 10:00:00,4,2024-03-01 10:00:00"), StandardCharsets.UTF_8);

            LoadResult second = load(warehouse, folder);

            assertThat(second.table("claim")).isEqualTo(new TableCounts("claim", 11, 0, 1, 2, 8));
            assertThat(rows(warehouse, "select claim_no, status, approved_amount, net_cost, settled_date_key, load_run_id"
                    + " from fct_claim order by claim_no")).containsExactly(
                    "CL500|settled|850.50|550.25|20240110|1",
                    "CL501|settled|2800.00|1500.00|20240301|2",
                    "CL502|rejected|0.00|0.00|20240106|1");
        }
    }

    @Test
    void windowsLineEndsGiveTheSameRejectsLinesAndRawRows() throws Exception {
        Path folder = Fixtures.copy("handmade", temp);
        Path orders = folder.resolve("service_order.csv");
        Files.writeString(orders, Files.readString(orders, StandardCharsets.UTF_8).replace("\n", "\r\n"),
                StandardCharsets.UTF_8);
        try (Warehouse warehouse = Warehouse.inMemory(CompanyPolicy.defaults())) {
            load(warehouse, folder);

            assertThat(rows(warehouse, "select source_row, coalesce(source_id, '-'), reason_code from etl_reject"
                    + " where table_name = 'service_order' order by source_row")).containsExactly(
                    "5|103|amount_mismatch", "6|104|bad_number", "7|105|unknown_code", "8|106|orphan_reference",
                    "9|-|malformed_line", "10|108|missing_required", "11|109|duplicate_key");
            // 104's amount "abc" does not parse, so its line is read again from the file, as text.
            assertThat(rows(warehouse, "select reason_detail, raw_row from etl_reject where source_id = '104'"))
                    .singleElement().asString()
                    .startsWith("amount is not an amount|{\"id\":\"104\",\"order_no\":\"SO104\"")
                    .contains("\"amount\":\"abc\"");
        }
    }

    @Test
    void controlSumsSplitEachMoneyColumnIntoLoadedAndRejected() throws SQLException {
        Path folder = Fixtures.copy("handmade", temp);
        try (Warehouse warehouse = Warehouse.inMemory(CompanyPolicy.defaults())) {
            load(warehouse, folder);

            // estimated_loss: loaded 800 + 3,000 + 200 = 4,000.00; rejected -5 + 99,999,999.99 + six rows of 300
            // = 100,001,794.99 (claim 510's date is bad, its amount is not); together 100,005,794.99.
            assertThat(rows(warehouse, "select column_name, extracted_sum, loaded_sum, rejected_sum"
                    + " from etl_run_control_sum where table_name = 'claim' order by column_name")).containsExactly(
                    "approved_amount|1150.50|850.50|300.00",
                    "claimed_amount|6800.00|4600.00|2200.00",
                    "estimated_loss|100005794.99|4000.00|100001794.99",
                    "insurer_recovery|200.00|200.00|0.00",
                    "staff_liability_amount|100.25|100.25|0.00");
            // service_order amounts: loaded 180 + 432 + 18,000; rejected 170 + four rows of 180; 104's "abc" is not
            // an amount and 107's line is malformed, so neither is summed.
            assertThat(rows(warehouse, "select extracted_sum, loaded_sum, rejected_sum from etl_run_control_sum"
                    + " where table_name = 'service_order' and column_name = 'amount'"))
                    .containsExactly("19502.00|18612.00|890.00");
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
    void aLineInAnotherEncodingOrWithAStrayQuoteIsRejectedAndTheRestLoads() throws Exception {
        Path folder = Fixtures.copy("handmade", temp);
        Path orders = folder.resolve("service_order.csv");
        String good = "110,SO110,5,10,1,7,web,2024-01-02 10:00:00,2024-01-03 09:00:00,4.00,4.00,45.00,0.00,180.00,"
                + "completed,2024-01-03 13:00:00,,0.00,,0,2024-01-03 13:00:00\n";
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.write(Files.readAllBytes(orders));
        // Line 12: GBK bytes for 上海 in a UTF-8 file; line 13: a quote inside an unquoted field; line 14: fine.
        bytes.write("111,SO111,5,10,1,7,web,2024-01-02 10:00:00,".getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {(byte) 0xC9, (byte) 0xCF, (byte) 0xBA, (byte) 0xA3});
        bytes.write((",4.00,4.00,45.00,0.00,180.00,completed,2024-01-03 13:00:00,,0.00,,0,2024-01-03 13:00:00\n"
                + "112,\"SO\"112,5,10,1,7,web,2024-01-02 10:00:00,2024-01-03 09:00:00,4.00,4.00,45.00,0.00,180.00,"
                + "completed,2024-01-03 13:00:00,,0.00,,0,2024-01-03 13:00:00\n" + good).getBytes(StandardCharsets.UTF_8));
        Files.write(orders, bytes.toByteArray());
        try (Warehouse warehouse = Warehouse.inMemory(CompanyPolicy.defaults())) {
            LoadResult result = load(warehouse, folder);

            assertThat(result.table("service_order")).isEqualTo(new TableCounts("service_order", 13, 4, 0, 0, 9));
            assertThat(rows(warehouse, "select source_row, split_part(reason_detail, ':', 1) from etl_reject"
                    + " where reason_code = 'malformed_line' order by 1"))
                    .containsExactly("9|TOO MANY COLUMNS", "12|INVALID ENCODING", "13|UNQUOTED VALUE");
            assertThat(rows(warehouse, "select order_no from fct_service_order order by 1"))
                    .containsExactly("SO100", "SO101", "SO102", "SO110");
        }
    }

    @Test
    void aQuoteThatNeverClosesRefusesTheFileWithItsLine() throws Exception {
        Path folder = Fixtures.copy("handmade", temp);
        Path claims = folder.resolve("claim.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(claims, StandardCharsets.UTF_8));
        lines.set(3, lines.get(3).replace("CL502", "\"CL502"));
        Files.write(claims, lines, StandardCharsets.UTF_8);
        try (Warehouse warehouse = Warehouse.inMemory(CompanyPolicy.defaults())) {
            assertThatThrownBy(() -> load(warehouse, folder))
                    .isInstanceOf(DwException.class)
                    .hasMessage(claims + " line 4 opens a quote that is never closed, so the lines after it cannot be"
                            + " told apart; fix the file and load again");
            assertThat(rows(warehouse, "select count(*) from fct_claim")).containsExactly("0");
            assertThat(rows(warehouse, "select status from etl_run")).containsExactly("failed");
        }
    }

    @Test
    void aRunThatFailedPartWayResumesWithoutLoadingAgainWhatItLoaded() throws Exception {
        Path folder = Fixtures.copy("handmade", temp);
        Path claims = folder.resolve("claim.csv");
        List<String> good = Files.readAllLines(claims, StandardCharsets.UTF_8);
        List<String> broken = new ArrayList<>(good);
        broken.set(3, broken.get(3).replace("CL502", "\"CL502"));
        Files.write(claims, broken, StandardCharsets.UTF_8);
        try (Warehouse warehouse = Warehouse.inMemory(CompanyPolicy.defaults())) {
            assertThatThrownBy(() -> load(warehouse, folder)).isInstanceOf(DwException.class);
            Files.write(claims, good, StandardCharsets.UTF_8);

            // A fresh job history, as after a kill between the warehouse's commit and Spring Batch's: the warehouse
            // itself knows which tables the run loaded, and their rows still count as inserted, as in one clean run.
            LoadResult resumed = load(warehouse, folder);

            assertThat(resumed.runId()).isEqualTo(1);
            assertThat(resumed.table("service_order")).isEqualTo(new TableCounts("service_order", 10, 3, 0, 0, 7));
            assertThat(resumed.table("claim")).isEqualTo(new TableCounts("claim", 11, 3, 0, 0, 8));
            assertThat(rows(warehouse, "select count(*) from fct_service_order")).containsExactly("3");
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
            assertThatThrownBy(() -> new LoadJob(warehouse, BatchInfrastructure.inMemory(), TestPhoneKey.KEY)
                    .run(SourceLocation.parse("jdbc:postgresql://127.0.0.1:1/ops?user=ops")))
                    .isInstanceOf(DwException.class)
                    .hasMessageStartingWith("cannot reach the source jdbc:postgresql://127.0.0.1:1/ops?user=ops: ")
                    .hasMessageContaining("Connection");
        }
    }

    static List<String> rows(Warehouse warehouse, String sql) throws SQLException {
        return Rows.of(warehouse, sql);
    }
}
