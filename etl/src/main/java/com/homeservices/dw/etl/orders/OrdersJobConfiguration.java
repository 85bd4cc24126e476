package com.homeservices.dw.etl.orders;

import com.homeservices.dw.etl.load.LoadSteps;
import com.homeservices.dw.etl.load.TableTarget;
import com.homeservices.dw.etl.source.SourceTable;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.step.Step;

/** The price list → {@code dim_product}; service orders → {@code fct_service_order}, one row per order as it moves on. */
public final class OrdersJobConfiguration {

    private OrdersJobConfiguration() {
    }

    public static List<Step> steps(LoadSteps steps) {
        List<Step> all = new ArrayList<>();
        all.addAll(steps.table(TableTarget.of(SourceTable.SERVICE_PRODUCT, "dim_product", "product_key", "list_price")));
        all.addAll(steps.table(TableTarget.of(SourceTable.SERVICE_ORDER, "fct_service_order", "service_order_key",
                "unit_price", "discount", "amount", "cancellation_fee")));
        return all;
    }
}
