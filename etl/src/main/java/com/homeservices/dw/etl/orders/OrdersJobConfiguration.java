package com.homeservices.dw.etl.orders;

import com.homeservices.dw.etl.load.LoadSteps;
import com.homeservices.dw.etl.load.TableTarget;
import com.homeservices.dw.etl.source.SourceTable;
import java.util.List;
import org.springframework.batch.core.step.Step;

/** Service orders → {@code fct_service_order}, one row per order as it moves from booked to done. */
public final class OrdersJobConfiguration {

    private OrdersJobConfiguration() {
    }

    public static List<Step> steps(LoadSteps steps) {
        return steps.table(new TableTarget(SourceTable.SERVICE_ORDER, "fct_service_order", "service_order_key",
                List.of("unit_price", "discount", "amount", "cancellation_fee")));
    }
}
