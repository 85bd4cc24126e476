package com.homeservices.dw.etl.claims;

import com.homeservices.dw.etl.load.LoadSteps;
import com.homeservices.dw.etl.load.TableTarget;
import com.homeservices.dw.etl.source.SourceTable;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.step.Step;

/** Damage claims (事故理赔) → {@code fct_claim}, an accumulating snapshot from reported to decided. */
public final class ClaimsJobConfiguration {

    private ClaimsJobConfiguration() {
    }

    public static List<Step> steps(LoadSteps steps) {
        List<Step> all = new ArrayList<>();
        all.addAll(steps.table(TableTarget.of(SourceTable.CLAIM, "fct_claim", "claim_key", "estimated_loss",
                "claimed_amount", "approved_amount", "staff_liability_amount", "insurer_recovery")));
        return all;
    }
}
