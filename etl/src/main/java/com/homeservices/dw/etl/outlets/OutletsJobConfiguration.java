package com.homeservices.dw.etl.outlets;

import com.homeservices.dw.etl.load.LoadSteps;
import com.homeservices.dw.etl.load.TableTarget;
import com.homeservices.dw.etl.source.SourceTable;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.step.Step;

/** Business units and outlets → {@code dim_business_unit}, {@code dim_outlet} (with its unit's codes and names). */
public final class OutletsJobConfiguration {

    private OutletsJobConfiguration() {
    }

    public static List<Step> steps(LoadSteps steps) {
        List<Step> all = new ArrayList<>();
        all.addAll(steps.table(TableTarget.of(SourceTable.BUSINESS_UNIT, "dim_business_unit", "business_unit_key")));
        all.addAll(steps.table(TableTarget.of(SourceTable.OUTLET, "dim_outlet", "outlet_key"),
                "outlet/refresh_business_units.sql"));
        return all;
    }
}
