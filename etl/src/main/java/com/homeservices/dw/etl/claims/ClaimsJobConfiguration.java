package com.homeservices.dw.etl.claims;

import com.homeservices.dw.etl.load.TablePlan;
import com.homeservices.dw.etl.load.TableTarget;
import com.homeservices.dw.etl.source.SourceTable;
import java.util.List;

/** Damage claims (事故理赔) → {@code fct_claim}, an accumulating snapshot from reported to decided. */
public final class ClaimsJobConfiguration {

    private ClaimsJobConfiguration() {
    }

    /** The area's tables, in load order. */
    public static List<TablePlan> tables() {
        return List.of(
                TablePlan.of(TableTarget.of(SourceTable.CLAIM, "fct_claim", "claim_key", "estimated_loss",
                        "claimed_amount", "approved_amount", "staff_liability_amount", "insurer_recovery")));
    }
}
