package com.homeservices.dw.etl.expenses;

import com.homeservices.dw.etl.load.LoadSteps;
import com.homeservices.dw.etl.load.TableTarget;
import com.homeservices.dw.etl.source.SourceTable;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.step.Step;

/** Outlet expenses and head-office cost → {@code fct_outlet_expense}, {@code fct_hq_expense}. */
public final class ExpensesJobConfiguration {

    private ExpensesJobConfiguration() {
    }

    public static List<Step> steps(LoadSteps steps) {
        List<Step> all = new ArrayList<>();
        all.addAll(steps.table(TableTarget.of(SourceTable.OUTLET_EXPENSE, "fct_outlet_expense", "outlet_expense_key",
                "amount")));
        all.addAll(steps.table(TableTarget.of(SourceTable.HQ_EXPENSE, "fct_hq_expense", "hq_expense_key", "amount")));
        return all;
    }
}
