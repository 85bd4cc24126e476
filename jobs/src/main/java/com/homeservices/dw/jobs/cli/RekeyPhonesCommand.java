package com.homeservices.dw.jobs.cli;

import com.homeservices.dw.etl.customers.PhoneKey;
import com.homeservices.dw.etl.customers.PhoneRekey;
import com.homeservices.dw.jobs.config.DwConfig;
import com.homeservices.dw.warehouse.Warehouse;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ./dw rekey-phones}: keys the phone hashes of a warehouse made before they were keyed (docs/security.md). */
@Command(name = "rekey-phones", mixinStandardHelpOptions = true,
        description = "Turn a warehouse's plain phone hashes (schema version 6) into keyed ones, in place, with the key"
                + " from etl.phoneKeyFile or DW_PHONE_KEY.")
final class RekeyPhonesCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        DwConfig config = common.existingWarehouseConfig();
        PhoneKey key = config.etl().phoneKey();
        long versions;
        try (Warehouse warehouse = Warehouse.openForUpgrade(config.warehouse(), config.policy())) {
            versions = PhoneRekey.upgrade(warehouse, key);
        }
        // opened again, the keyed warehouse is carried on to the current schema
        try (Warehouse warehouse = Warehouse.open(config.warehouse(), config.policy())) {
            System.out.printf("keyed the phones of %,d customer versions in %s (schema version %d)%n", versions,
                    config.warehouse(), warehouse.schemaVersion());
        }
        return 0;
    }
}
