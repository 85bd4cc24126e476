package com.homeservices.dw.warehouse.testing;

import com.homeservices.dw.warehouse.Warehouse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A tiny warehouse written by hand: two business units, three outlets and the seven claims of
 * ClaimTotalsIntegrationTest, whose totals per fortnight were worked out by hand there.
 */
public final class HandMadeWarehouse {

    private HandMadeWarehouse() {
    }

    public static void fill(Warehouse warehouse) {
        warehouse.ensureDates(LocalDate.of(2023, 11, 1), LocalDate.of(2024, 12, 31));
        // the load that brought these rows began after the last period the tests report on (March 2024), so every
        // period up to then has ended as far as the data go
        warehouse.execute("""
                insert into etl_run values (1, 'hand-made', timestamp '2024-04-01 08:00:00',
                    timestamp '2024-04-01 08:01:00', 'completed', timestamp '2024-01-20 10:00:00')""");
        warehouse.execute("""
                insert into dim_business_unit values
                    (1, 'B1', '家庭服务中心', 'Household Services', 0, timestamp '2024-01-01 00:00:00', 1),
                    (2, 'B2', '后勤服务中心', 'Facility Services', 0, timestamp '2024-01-01 00:00:00', 1)""");
        warehouse.execute("""
                insert into dim_outlet values
                    (1, 'O1', '上海徐汇家庭网点1', 1, 'B1', '家庭服务中心', 'Household Services', '上海', '徐汇',
                        date '2020-01-01', null, 0, timestamp '2024-01-01 00:00:00', 1),
                    (2, 'O2', '上海浦东家庭网点2', 1, 'B1', '家庭服务中心', 'Household Services', '上海', '浦东',
                        date '2020-01-01', null, 0, timestamp '2024-01-01 00:00:00', 1),
                    (3, 'O3', '北京朝阳后勤网点1', 2, 'B2', '后勤服务中心', 'Facility Services', '北京', '朝阳',
                        date '2020-01-01', null, 0, timestamp '2024-01-01 00:00:00', 1)""");
        List<String> claims = List.of(
                claim(1, "C1", 1, "2024-01-01 09:00:00", "2024-01-14 17:00:00", "300.00", "400.00", "450.00", "50.00", "100.00", "outlet", "settled"),
                claim(2, "C2", 1, "2024-01-14 22:00:00", "2024-01-15 08:00:00", "800.00", "900.00", "1000.00", "0.00", "200.00", "claims_specialist", "settled"),
                claim(3, "C3", 1, "2023-12-31 23:59:00", null, "2000.00", "2500.00", "0.00", "0.00", "0.00", null, "open"),
                claim(4, "C4", 2, "2024-01-02 10:00:00", "2024-01-20 10:00:00", "1200.00", "1600.00", "1500.01", "100.00", "0.00", "department_manager", "settled"),
                claim(5, "C5", 2, "2024-01-03 10:00:00", "2024-01-10 10:00:00", "100.00", "100.00", "0.00", "0.00", "0.00", "outlet", "rejected"),
                claim(6, "C6", 3, "2023-12-20 10:00:00", "2023-12-30 10:00:00", "499.99", "600.00", "499.99", "0.00", "0.00", "outlet", "settled"),
                claim(7, "C7", 3, "2024-01-05 10:00:00", "2024-01-12 10:00:00", "500.00", "250.00", "200.00", "20.00", "30.00", "outlet", "settled"));
        warehouse.execute("insert into fct_claim values\n" + String.join(",\n", claims));
    }

    /** One fct_claim row as a VALUES tuple; the net cost is derived as the load derives it. */
    public static String claim(long key, String no, long outlet, String reported, String settled, String estimate,
                              String claimed, String approved, String staff, String insurer, String approver,
                              String status) {
        String settledAt = settled == null ? "null" : "timestamp '" + settled + "'";
        String settledKey = settled == null ? "null" : settled.substring(0, 10).replace("-", "");
        return String.format(
                "(%d, '%s', %d, %d, 'property_damage', timestamp '%s', %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, '%s', null,"
                        + " 0, timestamp '%s', 1)",
                key, no, key * 10, outlet, reported, reported.substring(0, 10).replace("-", ""), settledAt, settledKey,
                estimate, claimed, approved, staff, insurer,
                new BigDecimal(approved).subtract(new BigDecimal(staff)).subtract(new BigDecimal(insurer)).toPlainString(),
                approver == null ? "null" : "'" + approver + "'", status, settled == null ? reported : settled);
    }
}
