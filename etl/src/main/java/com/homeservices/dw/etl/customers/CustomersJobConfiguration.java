package com.homeservices.dw.etl.customers;

import com.homeservices.dw.etl.load.TablePlan;
import com.homeservices.dw.etl.load.TableTarget;
import com.homeservices.dw.etl.source.SourceTable;
import java.util.List;

/** Customers → {@code dim_customer} (type 2, phones hashed), and their bad-conduct flags → {@code fct_customer_flag}. */
public final class CustomersJobConfiguration {

    private CustomersJobConfiguration() {
    }

    /** The area's tables, in load order. */
    public static List<TablePlan> tables() {
        return List.of(
                TablePlan.of(TableTarget.versioned(SourceTable.CUSTOMER, "dim_customer", "customer_id"),
                        "customer/drop_superseded_versions.sql", "customer/rekey_facts.sql",
                        "customer/rekey_complaints.sql", "customer/rekey_flags.sql",
                        "customer/mask_rejected_phones.sql", "customer/mask_malformed_phones.sql"),
                TablePlan.of(TableTarget.of(SourceTable.CUSTOMER_FLAG, "fct_customer_flag", "customer_flag_key")));
    }
}
