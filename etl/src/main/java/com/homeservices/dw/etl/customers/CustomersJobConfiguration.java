package com.homeservices.dw.etl.customers;

import com.homeservices.dw.etl.load.LoadSteps;
import com.homeservices.dw.etl.load.TableTarget;
import com.homeservices.dw.etl.source.SourceTable;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.step.Step;

/** Customers → {@code dim_customer} (type 2, phones hashed), and their bad-conduct flags → {@code fct_customer_flag}. */
public final class CustomersJobConfiguration {

    private CustomersJobConfiguration() {
    }

    public static List<Step> steps(LoadSteps steps) {
        List<Step> all = new ArrayList<>();
        all.addAll(steps.table(TableTarget.versioned(SourceTable.CUSTOMER, "dim_customer", "customer_id"),
                "customer/drop_superseded_versions.sql", "customer/rekey_facts.sql", "customer/rekey_complaints.sql",
                "customer/rekey_flags.sql", "customer/scrub_staged_phones.sql"));
        all.addAll(steps.table(TableTarget.of(SourceTable.CUSTOMER_FLAG, "fct_customer_flag", "customer_flag_key")));
        return all;
    }
}
