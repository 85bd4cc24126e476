package com.homeservices.dw.warehouse.marts;

import static org.assertj.core.api.Assertions.assertThat;

import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.policy.CompanyPolicy;
import com.homeservices.dw.warehouse.testing.HandMadeWarehouse;
import com.homeservices.dw.warehouse.testing.Rows;
import com.homeservices.dw.warehouse.testing.SparkForTests;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monthly marts' round trip (warehouse → Parquet → Spark → warehouse) on the hand-made outlets: O1 and O2 in
 * B1 (Household Services, 家庭服务中心), O3 in B2.
 */
class MonthlyMartsRefreshIntegrationTest {

    private static final YearMonth JANUARY = YearMonth.of(2024, 1);
    private static final YearMonth FEBRUARY = YearMonth.of(2024, 2);

    @TempDir
    Path work;

    private static void addComplaints(Warehouse warehouse) {
        warehouse.execute("""
                insert into fct_complaint values
                    (1, 'K1', 1, 1, null, 1, 'soft', timestamp '2024-01-05 10:00:00', 20240105,
                        timestamp '2024-01-05 10:15:00', timestamp '2024-01-05 10:30:00',
                        timestamp '2024-01-05 12:00:00', timestamp '2024-01-06 12:00:00', 'resolved', 0,
                        timestamp '2024-01-06 12:00:00', 1),
                    (2, 'K2', 1, 1, null, 1, 'soft', timestamp '2024-01-31 23:50:00', 20240131,
                        timestamp '2024-02-01 00:05:00', null, null, null, null, 0, timestamp '2024-02-01 00:05:00', 1),
                    (3, 'K3', 1, 1, null, 3, 'hard', timestamp '2024-02-10 09:00:00', 20240210,
                        timestamp '2024-02-10 10:30:00', null, null, null, null, 0, timestamp '2024-02-10 10:30:00', 1)""");
    }

    private static void addStaff(Warehouse warehouse) {
        warehouse.execute("""
                insert into dim_staff values
                    (1, 1, 'S1', '王芳', 'F', null, 'service_worker', 'staff', 1, date '2023-06-01', null, null, null,
                        4000.00, 30.00, date '1900-01-01', date '9999-12-31', true, 0, timestamp '2023-06-01 00:00:00', 1),
                    (2, 2, 'S2', '李强', 'M', null, 'outlet_admin', 'staff', 3, date '2023-01-01', null,
                        date '2024-01-15', 'resigned', 5000.00, null, date '1900-01-01', date '9999-12-31', true, 0,
                        timestamp '2024-01-15 00:00:00', 1)""");
    }

    @Test
    void complaintHandlingRowsCarryTheOutletsNames() throws SQLException {
        try (Warehouse warehouse = Warehouse.inMemory(CompanyPolicy.defaults())) {
            HandMadeWarehouse.fill(warehouse);
            addComplaints(warehouse);

            new ComplaintHandlingRefresh(warehouse, SparkForTests.session(), work).refresh(JANUARY, FEBRUARY);

            // K1 at 15 and 30 minutes, K2 (31 January) at 15: both first in time, K1 second in time and followed up
            // within 24 h; K3 (hard) first answered after 90 minutes, over the hour
            assertThat(Rows.of(warehouse, "select month_start_on, outlet_code, outlet_name, business_unit_name_zh,"
                    + " kind, received, first_response_share, second_response_share, follow_up_share,"
                    + " median_first_response_minutes from mart_complaint_handling_month order by 1, 2")).containsExactly(
                    "2024-01-01|O1|上海徐汇家庭网点1|家庭服务中心|soft|2|1.000000000000|0.500000000000|1.000000000000|15.000000",
                    "2024-02-01|O3|北京朝阳后勤网点1|后勤服务中心|hard|1|0.000000000000|0.000000000000||90.000000");
            assertThat(Rows.of(warehouse, "select mart_name, period_from_on, period_to_on from mart_refresh"))
                    .containsExactly("mart_complaint_handling_month|2024-01-01|2024-02-29");
        }
    }

    @Test
    void aMonthThatHasNotEndedByTheLastDayOfDataIsLeftOut() throws SQLException {
        try (Warehouse warehouse = Warehouse.inMemory(CompanyPolicy.defaults())) {
            HandMadeWarehouse.fill(warehouse);
            addComplaints(warehouse);

            // the data run to 10 February: February (K3's month) has not ended, January has
            new ComplaintHandlingRefresh(warehouse, SparkForTests.session(), work).refreshEnded(
                    LocalDate.of(2024, 1, 5), LocalDate.of(2024, 2, 10), LocalDate.of(2024, 2, 10),
                    warehouse.policy().fortnightEpoch());

            assertThat(Rows.of(warehouse, "select distinct month_start_on from mart_complaint_handling_month"))
                    .containsExactly("2024-01-01");
            assertThat(Rows.of(warehouse, "select mart_name, period_from_on, period_to_on from mart_refresh"))
                    .containsExactly("mart_complaint_handling_month|2024-01-01|2024-01-31");
        }
    }

    @Test
    void weeksAndMonthsEachKeepOnlyThoseThatEnded() throws SQLException {
        try (Warehouse warehouse = Warehouse.inMemory(CompanyPolicy.defaults())) {
            HandMadeWarehouse.fill(warehouse);
            OutletProfitabilityRefresh refresh = new OutletProfitabilityRefresh(warehouse, SparkForTests.session(), work);

            // Wednesday 31 January 2024 is the last day of data: the week of Monday 29 January has not ended,
            // January has; 1 to 4 February are nobody's
            refresh.refreshEnded(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 4), LocalDate.of(2024, 1, 31),
                    warehouse.policy().fortnightEpoch());

            assertThat(Rows.of(warehouse, "select distinct week_start_on from mart_outlet_profit_week order by 1"))
                    .containsExactly("2024-01-01", "2024-01-08", "2024-01-15", "2024-01-22");
            assertThat(Rows.of(warehouse, "select distinct month_start_on from mart_outlet_profit_month"))
                    .containsExactly("2024-01-01");
            assertThat(Rows.of(warehouse, "select mart_name, period_from_on, period_to_on from mart_refresh order by 1"))
                    .containsExactly("mart_outlet_profit_month|2024-01-01|2024-01-31",
                            "mart_outlet_profit_week|2024-01-01|2024-01-28");
        }
    }

    @Test
    void recomputingAMonthReplacesItsRowsAndLeavesTheOthersAlone() throws SQLException {
        try (Warehouse warehouse = Warehouse.inMemory(CompanyPolicy.defaults())) {
            HandMadeWarehouse.fill(warehouse);
            addComplaints(warehouse);
            ComplaintHandlingRefresh refresh = new ComplaintHandlingRefresh(warehouse, SparkForTests.session(), work);
            refresh.refresh(JANUARY, FEBRUARY);
            warehouse.execute("update fct_complaint set first_response_at = timestamp '2024-02-10 09:45:00'"
                    + " where complaint_no = 'K3'");
            warehouse.execute("delete from fct_complaint where complaint_no = 'K2'");

            refresh.refresh(FEBRUARY, FEBRUARY);

            // January keeps K2 (its month was not recomputed); February's K3 is now in time
            assertThat(Rows.of(warehouse, "select month_start_on, received, first_response_share"
                    + " from mart_complaint_handling_month order by 1")).containsExactly(
                    "2024-01-01|2|1.000000000000", "2024-02-01|1|1.000000000000");
        }
    }

    @Test
    void staffAttritionRowsCarryTheirLabels() throws SQLException {
        try (Warehouse warehouse = Warehouse.inMemory(CompanyPolicy.defaults())) {
            HandMadeWarehouse.fill(warehouse);
            addStaff(warehouse);
            StaffAttritionRefresh refresh = new StaffAttritionRefresh(warehouse, SparkForTests.session(), work);
            refresh.refresh(JANUARY, JANUARY);
            refresh.refresh(JANUARY, JANUARY);

            // S1 at O1 (B1) all month; S2 at O3 (B2) until 15 January, resigned: 1 ÷ 1.5 for the company, 1 ÷ 0.5 in B2
            assertThat(Rows.of(warehouse, "select cut, cut_value, cut_label_en, cut_label_zh, headcount_start,"
                    + " headcount_end, voluntary_separations, average_headcount, attrition_rate"
                    + " from mart_staff_attrition_month where cut in ('company', 'business_unit', 'outlet')"
                    + " order by cut, cut_value")).containsExactly(
                    "business_unit|B1|Household Services|家庭服务中心|1|1|0|1.0|0.000000000000",
                    "business_unit|B2|Facility Services|后勤服务中心|1|0|1|0.5|2.000000000000",
                    "company|all|all|all|2|1|1|1.5|0.666666666667",
                    "outlet|O1|上海徐汇家庭网点1|上海徐汇家庭网点1|1|1|0|1.0|0.000000000000",
                    "outlet|O3|北京朝阳后勤网点1|北京朝阳后勤网点1|1|0|1|0.5|2.000000000000");
        }
    }
}
