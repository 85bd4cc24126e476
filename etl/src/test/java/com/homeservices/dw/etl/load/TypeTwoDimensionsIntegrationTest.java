package com.homeservices.dw.etl.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.homeservices.dw.etl.source.SourceLocation;
import com.homeservices.dw.etl.source.SourceTable;
import com.homeservices.dw.etl.testing.CsvExport;
import com.homeservices.dw.etl.testing.TestPhoneKey;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.policy.CompanyPolicy;
import com.homeservices.dw.warehouse.testing.Rows;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Staff and customers keep their history: a change opens a version from its day, facts point at the version of
 * their own day (also when they arrive late), and a change that arrives after facts dated after it re-points them.
 */
class TypeTwoDimensionsIntegrationTest {

    private static final String STAFF_AT_10 = "7,S000007,李娟,F,1985-03-02,service_worker,staff,10,2022-05-01,"
            + "2022-05-29,,,3500.00,30.00,2022-05-01 09:00:00";
    private static final String STAFF_MOVED_TO_11 = "7,S000007,李娟,F,1985-03-02,service_worker,staff,11,2022-05-01,"
            + "2022-05-29,,,3500.00,30.00,2024-02-01 10:00:00";
    private static final String STAFF_PROMOTED_SAME_DAY = "7,S000007,李娟,F,1985-03-02,service_worker,supervisor,11,"
            + "2022-05-01,2022-05-29,,,3800.00,32.00,2024-02-01 15:00:00";
    /** Eleven fields where ten belong: a line no column of which can be read. */
    private static final String MALFORMED_WITH_A_PHONE =
            "10,C0000010,household,李四,+86 137-0000-2222,上海,徐汇,2023-06-01,10,2023-06-01 10:00:00,extra";
    private static final String CUSTOMER_IN_XUHUI = "5,C0000005,household,王芳,138-0013-1234,上海,徐汇,2023-06-01,10,"
            + "2023-06-01 10:00:00";
    private static final String CUSTOMER_MOVED_TO_PUDONG = "5,C0000005,household,王芳,138-0013-1234,上海,浦东,2023-06-01,11,"
            + "2024-03-01 09:00:00";

    @TempDir
    Path temp;

    private static CsvExport base() {
        return new CsvExport()
                .with(SourceTable.BUSINESS_UNIT, "1,HH,家庭服务中心,Household Services,2023-01-01 09:00:00")
                .with(SourceTable.OUTLET,
                        "10,SH-HH-001,上海徐汇家庭网点1,1,上海,徐汇,2020-01-01,,2023-01-01 09:00:00",
                        "11,SH-HH-002,上海浦东家庭网点2,1,上海,浦东,2020-01-01,,2023-01-01 09:00:00")
                .with(SourceTable.SERVICE_PRODUCT, "1,P01,日常保洁,Regular cleaning,cleaning,hour,45.00,2023-01-01 09:00:00");
    }

    private static String attendance(String day) {
        return "7," + day + ",present,8.00," + day + " 20:00:00";
    }

    private static String order(int id, String booked) {
        return id + ",SO" + id + ",5,10,1,7,web," + booked + " 10:00:00," + booked + " 14:00:00,2.00,2.00,45.00,0.00,"
                + "90.00,booked,,,0.00,,0," + booked + " 10:00:00";
    }

    private LoadResult load(Warehouse warehouse, CsvExport export, String name) {
        return new LoadJob(warehouse, BatchInfrastructure.inMemory(), TestPhoneKey.KEY)
                .run(SourceLocation.parse("csv:" + export.writeTo(temp.resolve(name))));
    }

    @Test
    void aTransferOpensAVersionAndEachAttendanceDayFindsItsOwn() throws SQLException {
        try (Warehouse warehouse = Warehouse.inMemory(CompanyPolicy.defaults())) {
            load(warehouse, base().with(SourceTable.CUSTOMER, CUSTOMER_IN_XUHUI).with(SourceTable.STAFF, STAFF_AT_10)
                    .with(SourceTable.ATTENDANCE, attendance("2024-01-08")), "first");

            // The transfer arrives with a late day from before it (01-10) and a day after it (02-02).
            LoadResult second = load(warehouse, base().with(SourceTable.CUSTOMER, CUSTOMER_IN_XUHUI)
                    .with(SourceTable.STAFF, STAFF_MOVED_TO_11)
                    .with(SourceTable.ATTENDANCE, attendance("2024-01-08"), attendance("2024-01-10"),
                            attendance("2024-02-02")), "second");

            assertThat(second.table("staff")).isEqualTo(new TableCounts("staff", 1, 0, 1, 0, 0));
            assertThat(Rows.of(warehouse, "select staff_key, outlet_key, grade, valid_from, valid_to, is_current"
                    + " from dim_staff order by staff_key")).containsExactly(
                    "1|10|staff|1900-01-01|2024-01-31|false",
                    "2|11|staff|2024-02-01|9999-12-31|true");
            assertThat(Rows.of(warehouse, "select work_date, staff_key, outlet_key from fct_attendance order by 1"))
                    .containsExactly("2024-01-08|1|10", "2024-01-10|1|10", "2024-02-02|2|11");
        }
    }

    @Test
    void aSecondChangeOnTheSameDayCorrectsThatVersionAndItsFacts() throws SQLException {
        try (Warehouse warehouse = Warehouse.inMemory(CompanyPolicy.defaults())) {
            load(warehouse, base().with(SourceTable.CUSTOMER, CUSTOMER_IN_XUHUI).with(SourceTable.STAFF, STAFF_AT_10),
                    "first");
            load(warehouse, base().with(SourceTable.CUSTOMER, CUSTOMER_IN_XUHUI).with(SourceTable.STAFF, STAFF_MOVED_TO_11)
                    .with(SourceTable.ATTENDANCE, attendance("2024-02-02")), "second");

            load(warehouse, base().with(SourceTable.CUSTOMER, CUSTOMER_IN_XUHUI)
                    .with(SourceTable.STAFF, STAFF_PROMOTED_SAME_DAY), "third");

            assertThat(Rows.of(warehouse, "select staff_key, outlet_key, grade, monthly_base_wage, valid_from, valid_to,"
                    + " is_current from dim_staff order by staff_key")).containsExactly(
                    "1|10|staff|3500.00|1900-01-01|2024-01-31|false",
                    "3|11|supervisor|3800.00|2024-02-01|9999-12-31|true");
            assertThat(Rows.of(warehouse, "select work_date, staff_key from fct_attendance")).containsExactly("2024-02-02|3");
        }
    }

    @Test
    void aCustomerChangeArrivingAfterLaterOrdersRepointsThemAndOrdersKeepTheirDay() throws SQLException {
        try (Warehouse warehouse = Warehouse.inMemory(CompanyPolicy.defaults())) {
            // Orders of 02-20 and 03-10 load while the customer still lives in Xuhui.
            load(warehouse, base().with(SourceTable.CUSTOMER, CUSTOMER_IN_XUHUI).with(SourceTable.STAFF, STAFF_AT_10)
                    .with(SourceTable.SERVICE_ORDER, order(100, "2024-02-20"), order(101, "2024-03-10")), "first");
            assertThat(Rows.of(warehouse, "select order_no, customer_key from fct_service_order order by 1"))
                    .containsExactly("SO100|1", "SO101|1");

            // The move, dated 03-01, arrives later, with an order of 03-05 (a late fact for the new version).
            load(warehouse, base().with(SourceTable.CUSTOMER, CUSTOMER_MOVED_TO_PUDONG).with(SourceTable.STAFF, STAFF_AT_10)
                    .with(SourceTable.SERVICE_ORDER, order(100, "2024-02-20"), order(101, "2024-03-10"),
                            order(102, "2024-03-05")), "second");

            assertThat(Rows.of(warehouse, "select customer_key, district, home_outlet_key, valid_from, valid_to"
                    + " from dim_customer order by customer_key")).containsExactly(
                    "1|徐汇|10|1900-01-01|2024-02-29",
                    "2|浦东|11|2024-03-01|9999-12-31");
            assertThat(Rows.of(warehouse, "select order_no, customer_key from fct_service_order order by 1"))
                    .containsExactly("SO100|1", "SO101|2", "SO102|2");
        }
    }

    @Test
    void phonesAreKeptAsAHashAndTheirLastFourDigitsOnly() throws SQLException {
        try (Warehouse warehouse = Warehouse.inMemory(CompanyPolicy.defaults())) {
            load(warehouse, base().with(SourceTable.CUSTOMER, CUSTOMER_IN_XUHUI, "9,C0000009,household,张敏,13900001111,上海,"
                    + "徐汇,2023-06-01,99,2023-06-01 10:00:00", MALFORMED_WITH_A_PHONE).with(SourceTable.STAFF, STAFF_AT_10),
                    "first");

            // HMAC-SHA-256 under the phone key of the SHA-256 of the digits 13800131234
            assertThat(Rows.of(warehouse, "select phone_hash, phone_last4 from dim_customer"))
                    .containsExactly(TestPhoneKey.keyedHash("13800131234") + "|1234");
            // Customer 9's home outlet does not exist: rejected, and its raw row masks the phone too.
            assertThat(Rows.of(warehouse, "select reason_code, raw_row::json->>'phone' from etl_reject"
                    + " where reason_code <> 'malformed_line'")).containsExactly("orphan_reference|***1111");
            // A line too malformed to read keeps its text, the phone masked the same way, its dates as they were.
            assertThat(Rows.of(warehouse, "select raw_row from etl_reject where reason_code = 'malformed_line'"))
                    .containsExactly("10,C0000010,household,李四,***2222,上海,徐汇,2023-06-01,10,2023-06-01 10:00:00,extra");
            List<String> tables = Rows.of(warehouse, "select table_name from information_schema.tables");
            assertThat(tables).contains("dim_customer", "etl_reject");
            for (String table : tables) {
                assertThat(Rows.of(warehouse, "select count(*) from " + table + " t where t::varchar like '%13800131234%'"
                        + " or t::varchar like '%138-0013-1234%' or t::varchar like '%13900001111%'"
                        + " or t::varchar like '%137-0000-2222%'"))
                        .as(table).containsExactly("0");
            }
        }
    }
}
