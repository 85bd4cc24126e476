package com.homeservices.dw.etl.staff;

import com.homeservices.dw.etl.load.TablePlan;
import com.homeservices.dw.etl.load.TableTarget;
import com.homeservices.dw.etl.source.SourceTable;
import java.util.List;

/** Staff → {@code dim_staff} (type 2: transfers and promotions keep their history), attendance and payroll facts. */
public final class StaffJobConfiguration {

    private StaffJobConfiguration() {
    }

    /** The area's tables, in load order. */
    public static List<TablePlan> tables() {
        return List.of(
                TablePlan.of(TableTarget.versioned(SourceTable.STAFF, "dim_staff", "staff_id", "monthly_base_wage",
                                "hourly_rate"),
                        "staff/drop_superseded_versions.sql", "staff/rekey_orders.sql", "staff/rekey_attendance.sql",
                        "staff/rekey_payroll.sql"),
                TablePlan.of(TableTarget.bySourceKey(SourceTable.ATTENDANCE, "fct_attendance")),
                TablePlan.of(TableTarget.of(SourceTable.PAYROLL, "fct_payroll", "payroll_key", "gross_pay")));
    }
}
