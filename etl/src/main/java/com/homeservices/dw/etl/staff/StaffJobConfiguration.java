package com.homeservices.dw.etl.staff;

import com.homeservices.dw.etl.load.LoadSteps;
import com.homeservices.dw.etl.load.TableTarget;
import com.homeservices.dw.etl.source.SourceTable;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.step.Step;

/** Staff → {@code dim_staff} (type 2: transfers and promotions keep their history), attendance and payroll facts. */
public final class StaffJobConfiguration {

    private StaffJobConfiguration() {
    }

    public static List<Step> steps(LoadSteps steps) {
        List<Step> all = new ArrayList<>();
        all.addAll(steps.table(TableTarget.versioned(SourceTable.STAFF, "dim_staff", "staff_id", "monthly_base_wage",
                        "hourly_rate"),
                "staff/drop_superseded_versions.sql", "staff/rekey_orders.sql", "staff/rekey_attendance.sql",
                "staff/rekey_payroll.sql"));
        all.addAll(steps.table(TableTarget.of(SourceTable.ATTENDANCE, "fct_attendance", "attendance_key")));
        all.addAll(steps.table(TableTarget.of(SourceTable.PAYROLL, "fct_payroll", "payroll_key", "gross_pay")));
        return all;
    }
}
