package com.homeservices.dw.reports;

import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.marts.AttendanceRefresh;
import com.homeservices.dw.warehouse.marts.ClaimTotalsRefresh;
import com.homeservices.dw.warehouse.marts.ComplaintHandlingRefresh;
import com.homeservices.dw.warehouse.marts.CustomerSegmentationRefresh;
import com.homeservices.dw.warehouse.marts.OutletProfitabilityRefresh;
import com.homeservices.dw.warehouse.marts.StaffAttritionRefresh;
import com.homeservices.dw.warehouse.policy.CompanyPolicy;
import com.homeservices.dw.warehouse.testing.HandMadeWarehouse;
import com.homeservices.dw.warehouse.testing.SparkForTests;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Mart rows written by hand for the report tests, on the hand-made warehouse's business units and outlets (B1: O1,
 * O2; B2: O3). The analyses that compute such rows are tested on their own; these tests check what a report makes of
 * given rows: selection, order, rounding, totals, scope and formats.
 */
final class HandMadeMarts {

    private HandMadeMarts() {
    }

    static Warehouse warehouse() {
        Warehouse warehouse = Warehouse.inMemory(CompanyPolicy.defaults());
        HandMadeWarehouse.fill(warehouse);
        return warehouse;
    }

    /**
     * The hand-made warehouse with its claim totals computed by Spark over 2023-12-18 … 2024-03-24 (its seven claims'
     * fortnights and those around them), the exchange in {@code work}.
     */
    static Warehouse withClaimTotals(Path work) {
        Warehouse warehouse = warehouse();
        new ClaimTotalsRefresh(warehouse, SparkForTests.session(), work)
                .refresh(LocalDate.of(2023, 12, 18), LocalDate.of(2024, 3, 24));
        return warehouse;
    }

    /**
     * The hand-made warehouse with the orders, costs and staff of OutletProfitabilityIntegrationTest as loaded facts
     * (see {@code OutletProfitabilityExplainIntegrationTest} for each row and what it adds), and outlet profitability
     * computed by Spark for January and February 2024, the exchange in {@code work}.
     */
    static Warehouse withOutletProfitability(Path work) {
        Warehouse warehouse = warehouse();
        warehouse.execute("""
                insert into dim_staff values
                    (1, 1, 'S1', 'Worker one', null, null, 'service_worker', 'staff', 1, date '2020-01-01', null, null,
                        null, null, 25.00, date '2020-01-01', date '9999-12-31', true, 0, timestamp '2024-01-01', 1),
                    (2, 2, 'S2', 'Worker two', null, null, 'service_worker', 'staff', 1, date '2020-01-01', null, null,
                        null, null, 50.00, date '2020-01-01', date '9999-12-31', true, 0, timestamp '2024-01-01', 1),
                    (3, 3, 'S3', 'Admin', null, null, 'outlet_admin', 'staff', 1, date '2020-01-01', null, null,
                        null, 6200.00, null, date '2020-01-01', date '9999-12-31', true, 0, timestamp '2024-01-01', 1),
                    (4, 4, 'S4', 'Worker four', null, null, 'service_worker', 'staff', 1, date '2020-01-01', null, null,
                        null, 5000.00, 40.00, date '2020-01-01', date '9999-12-31', true, 0, timestamp '2024-01-01', 1),
                    (5, 5, 'S5', 'Service desk', null, null, 'customer_service', 'staff', 1, date '2020-01-01', null,
                        null, null, 5800.00, null, date '2020-01-01', date '9999-12-31', true, 0,
                        timestamp '2024-01-01', 1)""");
        warehouse.execute("insert into fct_service_order values\n" + String.join(",\n",
                order(11, "SO11", 1, 1, "8.00", "2000.00", "completed", "2023-12-15 10:00:00", null, "0.00"),
                order(12, "SO12", 1, 2, "4.00", "1000.00", "completed", "2024-01-30 10:00:00", null, "0.00"),
                order(13, "SO13", 1, 4, "2.00", "500.00", "completed", "2024-02-02 10:00:00", null, "0.00"),
                order(14, "SO14", 1, 4, "3.00", "450.00", "cancelled", null, "2024-02-03 09:00:00", "30.00"),
                order(15, "SO15", 1, 4, "3.00", "700.00", "booked", null, null, "0.00"),
                order(16, "SO16", 2, null, "10.00", "3000.00", "completed", "2024-01-10 10:00:00", null, "0.00")));
        warehouse.execute("""
                insert into fct_outlet_expense values
                    (21, 1, date '2024-01-01', 'rent', 3000.00, 0, timestamp '2024-01-31', 1),
                    (22, 1, date '2024-01-01', 'phone', 100.00, 0, timestamp '2024-01-31', 1),
                    (23, 1, date '2024-02-01', 'rent', 2900.00, 0, timestamp '2024-02-29', 1),
                    (24, 2, date '2024-01-01', 'rent', 1550.00, 0, timestamp '2024-01-31', 1)""");
        warehouse.execute("""
                insert into fct_payroll values
                    (31, 3, 3, 1, date '2024-01-01', 6200.00, 0, timestamp '2024-01-31', 1),
                    (32, 4, 4, 1, date '2024-01-01', 5000.00, 0, timestamp '2024-01-31', 1),
                    (33, 5, 5, 1, date '2024-02-01', 5800.00, 0, timestamp '2024-02-29', 1)""");
        warehouse.execute("insert into fct_hq_expense values (41, date '2024-01-01', 4000.00, 0, timestamp '2024-01-31', 1)");
        new OutletProfitabilityRefresh(warehouse, SparkForTests.session(), work)
                .refresh(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 29));
        return warehouse;
    }

    /**
     * The hand-made warehouse with three staff members' attendance in January 2024 as loaded rows (see {@code
     * AttendanceSummaryExplainIntegrationTest} for each row and what it adds), and the attendance marts computed by
     * Spark for January, the exchange in {@code work}. S2 moves from O1 to O2 on 4 January.
     */
    static Warehouse withAttendance(Path work) {
        Warehouse warehouse = warehouse();
        warehouse.execute("""
                insert into dim_staff values
                    (1, 1, 'S1', 'One', null, null, 'service_worker', 'staff', 1, date '2020-01-01', null, null, null,
                        null, 25.00, date '2020-01-01', date '9999-12-31', true, 0, timestamp '2024-01-01', 1),
                    (2, 2, 'S2', 'Two', null, null, 'service_worker', 'staff', 1, date '2020-01-01', null, null, null,
                        null, 25.00, date '2020-01-01', date '2024-01-03', false, 0, timestamp '2024-01-01', 1),
                    (3, 2, 'S2', 'Two', null, null, 'service_worker', 'staff', 2, date '2020-01-01', null, null, null,
                        null, 25.00, date '2024-01-04', date '9999-12-31', true, 0, timestamp '2024-01-04', 1),
                    (4, 3, 'S3', 'Three', null, null, 'service_worker', 'staff', 1, date '2020-01-01', null, null,
                        null, null, 25.00, date '2020-01-01', date '9999-12-31', true, 0, timestamp '2024-01-01', 1),
                    (5, 4, 'S4', 'Four', null, null, 'service_worker', 'supervisor', 2, date '2020-01-01', null, null,
                        null, null, 25.00, date '2020-01-01', date '2024-01-10', false, 0, timestamp '2024-01-01', 1),
                    (6, 4, 'S4', 'Four', null, null, 'service_worker', 'staff', 2, date '2020-01-01', null, null,
                        null, null, 25.00, date '2024-01-11', date '9999-12-31', true, 0, timestamp '2024-01-11', 1)""");
        warehouse.execute("""
                insert into fct_attendance values
                    (1, 1, 1, date '2024-01-02', 20240102, 'present', 8.00, 0, timestamp '2024-01-02', 1),
                    (1, 1, 1, date '2024-01-03', 20240103, 'sick_leave', 0.00, 0, timestamp '2024-01-03', 1),
                    (1, 1, 1, date '2024-01-04', 20240104, 'absent', 0.00, 0, timestamp '2024-01-04', 1),
                    (2, 2, 1, date '2024-01-02', 20240102, 'present', 8.00, 0, timestamp '2024-01-02', 1),
                    (2, 3, 2, date '2024-01-04', 20240104, 'present', 7.50, 0, timestamp '2024-01-04', 1),
                    (3, 4, 1, date '2023-12-29', 20231229, 'present', 8.00, 0, timestamp '2023-12-29', 1),
                    (3, 4, 1, date '2024-01-31', 20240131, 'personal_leave', 0.00, 0, timestamp '2024-01-31', 1),
                    (3, 4, 1, date '2024-02-01', 20240201, 'personal_leave', 0.00, 0, timestamp '2024-02-01', 1),
                    (3, 4, 1, date '2024-02-02', 20240202, 'personal_leave', 0.00, 0, timestamp '2024-02-02', 1),
                    (4, 5, 2, date '2023-12-29', 20231229, 'sick_leave', 0.00, 0, timestamp '2023-12-29', 1),
                    (4, 5, 2, date '2024-01-02', 20240102, 'sick_leave', 0.00, 0, timestamp '2024-01-02', 1),
                    (4, 5, 2, date '2024-01-03', 20240103, 'sick_leave', 0.00, 0, timestamp '2024-01-03', 1),
                    (4, 5, 2, date '2024-01-04', 20240104, 'sick_leave', 0.00, 0, timestamp '2024-01-04', 1),
                    (4, 5, 2, date '2024-01-05', 20240105, 'present', 8.00, 0, timestamp '2024-01-05', 1),
                    (4, 5, 2, date '2024-01-10', 20240110, 'sick_leave', 0.00, 0, timestamp '2024-01-10', 1),
                    (4, 6, 2, date '2024-01-11', 20240111, 'sick_leave', 0.00, 0, timestamp '2024-01-11', 1),
                    (4, 6, 2, date '2024-01-12', 20240112, 'sick_leave', 0.00, 0, timestamp '2024-01-12', 1)""");
        new AttendanceRefresh(warehouse, SparkForTests.session(), work)
                .refresh(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31));
        return warehouse;
    }

    /**
     * The hand-made warehouse with five complaints as loaded rows (see {@code ComplaintHandlingExplainIntegrationTest}
     * for each and what it adds), and complaint handling computed by Spark for January 2024, the exchange in
     * {@code work}.
     */
    static Warehouse withComplaints(Path work) {
        Warehouse warehouse = warehouse();
        warehouse.execute("insert into fct_complaint values\n" + String.join(",\n",
                complaint(1, "K1", 1, "hard", "2024-01-05 10:00:00", "2024-01-05 11:00:00", "2024-01-05 13:00:00",
                        "2024-01-06 10:00:00", "2024-01-07 10:00:00"),
                complaint(2, "K2", 1, "hard", "2024-01-31 23:30:00", "2024-02-01 00:31:00", null, null, null),
                complaint(3, "K3", 1, "soft", "2024-01-10 09:00:00", "2024-01-10 09:15:00", "2024-01-10 09:31:00",
                        "2024-01-10 12:00:00", "2024-01-11 12:01:00"),
                complaint(4, "K4", 1, "soft", "2023-12-31 23:59:00", "2024-01-01 00:05:00", null, null, null),
                complaint(5, "K5", 2, "soft", "2024-01-20 08:00:00", null, null, null, null)));
        new ComplaintHandlingRefresh(warehouse, SparkForTests.session(), work)
                .refresh(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31));
        return warehouse;
    }

    /**
     * The hand-made warehouse with six people in the staff dimension (see {@code StaffAttritionExplainIntegrationTest}
     * for each and what they add), and staff attrition computed by Spark for March and April 2024, the exchange in
     * {@code work}. S3 moves from O1 to O2 on 15 March 2024, a second version brought by load run 2.
     */
    static Warehouse withStaffAttrition(Path work) {
        Warehouse warehouse = warehouse();
        warehouse.execute("insert into dim_staff values\n" + String.join(",\n",
                staff(1, 1, "S1", "service_worker", 1, "2020-01-01", null, null, "2020-01-01", "9999-12-31", 1),
                staff(2, 2, "S2", "service_worker", 1, "2024-03-01", "2024-03-31", "resigned", "2024-03-01",
                        "9999-12-31", 1),
                staff(3, 3, "S3", "outlet_admin", 1, "2019-06-01", null, null, "2019-06-01", "2024-03-14", 1),
                staff(4, 3, "S3", "outlet_admin", 2, "2019-06-01", null, null, "2024-03-15", "9999-12-31", 2),
                staff(5, 4, "S4", "service_worker", 2, "2023-02-10", "2023-10-31", "dismissed", "2023-02-10",
                        "9999-12-31", 1),
                staff(6, 5, "S5", "service_worker", 3, "2021-05-20", "2024-03-01", "contract_end", "2021-05-20",
                        "9999-12-31", 1),
                staff(7, 6, "S6", "service_worker", 3, "2018-01-01", "2023-03-31", "retired", "2018-01-01",
                        "9999-12-31", 1)));
        new StaffAttritionRefresh(warehouse, SparkForTests.session(), work)
                .refresh(YearMonth.of(2024, 3), YearMonth.of(2024, 4));
        return warehouse;
    }

    /** One dim_staff version as a VALUES tuple; only the last version of a person is current. */
    private static String staff(long key, long id, String code, String position, long outlet, String hired,
                                String left, String reason, String from, String to, long loadRun) {
        return String.format("(%d, %d, '%s', 'Staff %s', null, null, '%s', 'staff', %d, date '%s', null, %s, %s,"
                        + " 5000.00, null, date '%s', date '%s', %s, 0, timestamp '%s 00:00:00', %d)", key, id, code,
                code, position, outlet, hired, left == null ? "null" : "date '" + left + "'",
                reason == null ? "null" : "'" + reason + "'", from, to, to.startsWith("9999"), from, loadRun);
    }

    /** One fct_complaint row as a VALUES tuple. */
    private static String complaint(long key, String no, long outlet, String kind, String received, String first,
                                    String second, String resolved, String followUp) {
        return String.format("(%d, '%s', 1, 1, null, %d, '%s', timestamp '%s', %s, %s, %s, %s, %s, null, 0,"
                        + " timestamp '%s', 1)", key, no, outlet, kind, received,
                received.substring(0, 10).replace("-", ""), time(first), time(second), time(resolved),
                time(followUp), received);
    }

    private static String time(String value) {
        return value == null ? "null" : "timestamp '" + value + "'";
    }

    /**
     * The hand-made warehouse with CustomerSegmentationIntegrationTest's customers, orders and flags as loaded rows,
     * and C8, a household customer with three orders and a fee in 2026 (see {@code PremiumCustomersExplainIntegrationTest}
     * for each and what it adds), and customer segmentation computed by Spark as of 30 June 2026, the exchange in
     * {@code work}. Products: 1 cleaning, 2 facility, 3 elder care, 4 maternity.
     */
    static Warehouse withCustomers(Path work) {
        Warehouse warehouse = warehouse();
        StringBuilder customers = new StringBuilder("insert into dim_customer values\n");
        for (long id : new long[] {1, 2, 3, 4, 5, 6, 7, 8}) {
            customers.append(id == 1 ? "" : ",\n").append(String.format("(%d, %d, 'C%d', '%s', 'Customer %d', null,"
                    + " null, '上海', '徐汇', date '2023-01-01', 1, date '2023-01-01', date '9999-12-31', true, 0,"
                    + " timestamp '2023-01-01 00:00:00', 1)", id, id, id, id == 2 ? "enterprise" : "household", id));
        }
        warehouse.execute(customers.toString());
        warehouse.execute("""
                insert into dim_product values
                    (1, 'P1', '保洁', 'Cleaning', 'cleaning', 'hour', 50.00, 0, timestamp '2023-01-01', 1),
                    (2, 'P2', '后勤', 'Facility', 'facility', 'month', 9000.00, 0, timestamp '2023-01-01', 1),
                    (3, 'P3', '养老', 'Elder care', 'elder_care', 'visit', 300.00, 0, timestamp '2023-01-01', 1),
                    (4, 'P4', '月嫂', 'Maternity', 'maternity', 'month', 9000.00, 0, timestamp '2023-01-01', 1)""");
        List<String> orders = new ArrayList<>();
        for (int month = 7; month <= 12; month++) {
            orders.add(order(100 + month - 6, "SO" + (100 + month - 6), 1, 1, 1, "100.00", "completed",
                    String.format("2025-%02d-15 10:00:00", month), null, "0.00"));
        }
        orders.add(order(107, "SO107", 1, 1, 1, "100.00", "completed", "2025-06-30 10:00:00", null, "0.00"));
        orders.add(order(201, "SO201", 2, 3, 2, "150000.00", "completed", "2026-06-01 10:00:00", null, "0.00"));
        orders.add(order(301, "SO301", 3, 1, 1, "500.00", "completed", "2024-01-05 10:00:00", null, "0.00"));
        orders.add(order(302, "SO302", 3, 1, 3, "800.00", "completed", "2026-05-20 10:00:00", null, "0.00"));
        orders.add(order(401, "SO401", 4, 1, 1, "300.00", "completed", "2026-04-01 10:00:00", null, "0.00"));
        orders.add(order(402, "SO402", 4, 1, 1, "250.00", "cancelled", null, "2026-06-10 10:00:00", "50.00"));
        orders.add(order(501, "SO501", 5, 1, 1, "1000.00", "completed", "2025-03-01 10:00:00", null, "0.00"));
        orders.add(order(601, "SO601", 6, 1, 4, "800.00", "completed", "2026-06-30 10:00:00", null, "0.00"));
        orders.add(order(801, "SO801", 8, 1, 1, "60000.00", "completed", "2026-01-10 10:00:00", null, "0.00"));
        orders.add(order(802, "SO802", 8, 1, 1, "50000.00", "completed", "2026-01-20 10:00:00", null, "0.00"));
        orders.add(order(803, "SO803", 8, 1, 4, "10000.00", "completed", "2026-03-05 10:00:00", null, "0.00"));
        orders.add(order(804, "SO804", 8, 1, 1, "900.00", "cancelled", null, "2026-06-15 10:00:00", "200.00"));
        warehouse.execute("insert into fct_service_order values\n" + String.join(",\n", orders));
        warehouse.execute("""
                insert into fct_customer_flag values
                    (1, 1, 1, 'underpaid', date '2025-06-30', 20250630, null, 0, timestamp '2025-06-30', 1),
                    (2, 6, 6, 'abused_staff', date '2026-06-30', 20260630, null, 0, timestamp '2026-06-30', 1)""");
        new CustomerSegmentationRefresh(warehouse, SparkForTests.session(), work)
                .refresh(YearMonth.of(2026, 6), YearMonth.of(2026, 6));
        return warehouse;
    }

    /** One fct_service_order row as a VALUES tuple: one unit at the amount, booked and scheduled on its day. */
    private static String order(long key, String no, long outlet, Integer staff, String hours, String amount,
                                String status, String completed, String cancelled, String fee) {
        return order(key, no, 1, outlet, staff, 1, hours, amount, status, completed, cancelled, fee);
    }

    /** A customer's order of a product, with no staff or hours. */
    private static String order(long key, String no, long customer, long outlet, long product, String amount,
                                String status, String completed, String cancelled, String fee) {
        return order(key, no, customer, outlet, null, product, "2.00", amount, status, completed, cancelled, fee);
    }

    private static String order(long key, String no, long customer, long outlet, Integer staff, long product,
                                String hours, String amount, String status, String completed, String cancelled,
                                String fee) {
        String day = completed != null ? completed : cancelled != null ? cancelled : "2024-02-10 10:00:00";
        String staffKey = staff == null ? "null" : staff.toString();
        return String.format("(%d, '%s', %d, %d, %d, %d, %s, %s, 'app', timestamp '%s', %s, timestamp '%s',"
                        + " %s, 1, %s, 0.00, %s, '%s', %s, %s, %s, null, 0, 0, timestamp '%s', 1)",
                key, no, customer, customer, outlet, product, staffKey, staffKey, day,
                day.substring(0, 10).replace("-", ""), day, hours, amount,
                amount, status, completed == null ? "null" : "timestamp '" + completed + "'",
                cancelled == null ? "null" : "timestamp '" + cancelled + "'", fee, day);
    }

    /** Notes that {@code mart} was computed for the days {@code from} to {@code to}, as a refresh notes it. */
    static void computed(Warehouse warehouse, String mart, LocalDate from, LocalDate to) {
        computed(warehouse, mart, from, to, to);
    }

    /** As {@link #computed(Warehouse, String, LocalDate, LocalDate)}, from data to {@code through} only. */
    static void computed(Warehouse warehouse, String mart, LocalDate from, LocalDate to, LocalDate through) {
        warehouse.execute("insert into mart_refresh values ('" + mart + "', date '" + from + "', date '" + to
                + "', timestamp '2024-02-01 09:00:00', timestamp '2024-01-20 10:00:00', date '" + through + "')");
    }
}
