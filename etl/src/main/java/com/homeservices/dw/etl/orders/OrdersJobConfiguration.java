package com.homeservices.dw.etl.orders;

import com.homeservices.dw.etl.load.TablePlan;
import com.homeservices.dw.etl.load.TableTarget;
import com.homeservices.dw.etl.source.SourceTable;
import java.util.List;

/** The price list → {@code dim_product}; service orders → {@code fct_service_order}, one row per order as it moves on. */
public final class OrdersJobConfiguration {

    private OrdersJobConfiguration() {
    }

    /** The area's tables, in load order. */
    public static List<TablePlan> tables() {
        return List.of(
                TablePlan.of(TableTarget.of(SourceTable.SERVICE_PRODUCT, "dim_product", "product_key", "list_price")),
                TablePlan.of(TableTarget.of(SourceTable.SERVICE_ORDER, "fct_service_order", "service_order_key",
                        "unit_price", "discount", "amount", "cancellation_fee")));
    }
}
