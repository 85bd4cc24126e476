package com.homeservices.dw.etl.complaints;

import com.homeservices.dw.etl.load.LoadSteps;
import com.homeservices.dw.etl.load.TableTarget;
import com.homeservices.dw.etl.source.SourceTable;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.step.Step;

/** Complaints → {@code fct_complaint}, updated as they are answered, resolved and followed up. */
public final class ComplaintsJobConfiguration {

    private ComplaintsJobConfiguration() {
    }

    public static List<Step> steps(LoadSteps steps) {
        List<Step> all = new ArrayList<>();
        all.addAll(steps.table(TableTarget.of(SourceTable.COMPLAINT, "fct_complaint", "complaint_key")));
        return all;
    }
}
