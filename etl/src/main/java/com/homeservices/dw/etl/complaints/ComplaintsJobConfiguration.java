package com.homeservices.dw.etl.complaints;

import com.homeservices.dw.etl.load.TablePlan;
import com.homeservices.dw.etl.load.TableTarget;
import com.homeservices.dw.etl.source.SourceTable;
import java.util.List;

/** Complaints → {@code fct_complaint}, updated as they are answered, resolved and followed up. */
public final class ComplaintsJobConfiguration {

    private ComplaintsJobConfiguration() {
    }

    /** The area's tables, in load order. */
    public static List<TablePlan> tables() {
        return List.of(
                TablePlan.of(TableTarget.of(SourceTable.COMPLAINT, "fct_complaint", "complaint_key")));
    }
}
