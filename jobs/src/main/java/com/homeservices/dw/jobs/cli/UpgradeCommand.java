package com.homeservices.dw.jobs.cli;

import com.homeservices.dw.jobs.config.DwConfig;
import com.homeservices.dw.warehouse.Warehouse;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code ./dw upgrade}: carries a warehouse of an earlier schema to this release's, every row kept, a copy of the file
 * as it was beside it. Any command that writes does the same on its way; this one is for the readers (the web
 * archive), which never write, and for an operator who wants the upgrade done before the night's run.
 */
@Command(name = "upgrade", mixinStandardHelpOptions = true,
        description = "Carry the warehouse to this release's schema, keeping every row (the file as it was is kept"
                + " beside it as FILE.schema-N).")
final class UpgradeCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        DwConfig config = common.existingWarehouseConfig();
        try (Warehouse warehouse = Warehouse.open(config.warehouse(), config.policy())) {
            System.out.println("the warehouse " + config.warehouse() + " is at schema version "
                    + warehouse.schemaVersion() + (warehouse.upgradedFrom() == 0 ? " (nothing to upgrade)"
                    : " (upgraded from " + warehouse.upgradedFrom() + ")"));
        }
        return 0;
    }
}
