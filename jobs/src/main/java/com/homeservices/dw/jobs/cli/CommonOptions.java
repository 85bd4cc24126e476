package com.homeservices.dw.jobs.cli;

import com.homeservices.dw.jobs.config.DwConfig;
import com.homeservices.dw.warehouse.DwException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command shares: the configuration file, the warehouse, and how much to say on failure. */
final class CommonOptions {

    static final Path DEFAULT_CONFIG = Path.of("dw.yaml");

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: ./dw.yaml when present, else built-in defaults).")
    Path config;

    @Option(names = "--warehouse", paramLabel = "FILE",
            description = "The DuckDB warehouse file (default: ./data/warehouse.duckdb).")
    Path warehouse;

    @Option(names = "--verbose", description = "Show the stack trace when something fails.")
    boolean verbose;

    /**
     * As {@link #config()}, for a command that reads a warehouse: one that does not exist is refused, not created
     * empty (a typo in --warehouse must not report zeros).
     */
    DwConfig existingWarehouseConfig() {
        DwConfig config = config();
        if (!Files.isRegularFile(config.warehouse())) {
            throw new DwException("the warehouse " + config.warehouse() + " does not exist: load one first with"
                    + " ./dw etl --from csv:DIR|jdbc:URL --warehouse " + config.warehouse());
        }
        return config;
    }

    /** The configuration file's settings, with --warehouse on top. */
    DwConfig config() {
        DwConfig loaded = config != null ? DwConfig.load(config)
                : Files.isRegularFile(DEFAULT_CONFIG) ? DwConfig.load(DEFAULT_CONFIG) : DwConfig.defaults();
        return warehouse == null ? loaded : loaded.withWarehouse(warehouse);
    }
}
