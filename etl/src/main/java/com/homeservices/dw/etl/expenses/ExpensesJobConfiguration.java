package com.homeservices.dw.etl.expenses;

import com.homeservices.dw.etl.load.TablePlan;
import com.homeservices.dw.etl.load.TableTarget;
import com.homeservices.dw.etl.source.SourceTable;
import java.util.List;

/** Outlet expenses and head-office cost → {@code fct_outlet_expense}, {@code fct_hq_expense}. */
public final class ExpensesJobConfiguration {

    private ExpensesJobConfiguration() {
    }

    /** The area's tables, in load order. */
    public static List<TablePlan> tables() {
        return List.of(
                TablePlan.of(TableTarget.of(SourceTable.OUTLET_EXPENSE, "fct_outlet_expense", "outlet_expense_key",
                        "amount")),
                TablePlan.of(TableTarget.of(SourceTable.HQ_EXPENSE, "fct_hq_expense", "hq_expense_key", "amount")));
    }
}
