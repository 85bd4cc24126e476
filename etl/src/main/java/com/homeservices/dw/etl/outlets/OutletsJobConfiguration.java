package com.homeservices.dw.etl.outlets;

import com.homeservices.dw.etl.load.TablePlan;
import com.homeservices.dw.etl.load.TableTarget;
import com.homeservices.dw.etl.source.SourceTable;
import java.util.List;

/** Business units and outlets → {@code dim_business_unit}, {@code dim_outlet} (with its unit's codes and names). */
public final class OutletsJobConfiguration {

    private OutletsJobConfiguration() {
    }

    /** The area's tables, in load order. */
    public static List<TablePlan> tables() {
        return List.of(
                TablePlan.of(TableTarget.of(SourceTable.BUSINESS_UNIT, "dim_business_unit", "business_unit_key")),
                TablePlan.of(TableTarget.of(SourceTable.OUTLET, "dim_outlet", "outlet_key"),
                        "outlet/refresh_business_units.sql"));
    }
}
