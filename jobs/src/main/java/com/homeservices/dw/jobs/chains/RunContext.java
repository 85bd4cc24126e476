package com.homeservices.dw.jobs.chains;

import com.homeservices.dw.etl.customers.PhoneKey;
import com.homeservices.dw.etl.load.BatchInfrastructure;
import com.homeservices.dw.etl.load.LoadJob;
import com.homeservices.dw.etl.source.SourcePassword;
import com.homeservices.dw.jobs.config.DwConfig;
import com.homeservices.dw.warehouse.Progress;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.spark.SparkSessions;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.spark.sql.SparkSession;

/**
 * What one command or one scheduled chain works with: the warehouse file (opened once, since DuckDB allows one
 * writing process), its Spring Batch history, and a Spark session started only when something needs it.
 */
public final class RunContext implements AutoCloseable {

    /** How long a command waits for the warehouse while another process writes it. */
    static final Duration PATIENCE = Duration.ofMinutes(30);

    private final DwConfig config;
    private final Progress progress;
    private final KeptSpark kept;
    private Warehouse warehouse;
    private SparkSession spark;
    private Duration sparkStartUp = Duration.ZERO;

    /** A context whose steps are reported on stderr: a live bar on a terminal, timestamped lines in a log. */
    public RunContext(DwConfig config) {
        this(config, ProgressBarDisplay.onStandardError(config.policy().zone()));
    }

    /** @param progress where the steps of a long piece of work (tables loaded, analyses computed) are reported */
    public RunContext(DwConfig config, Progress progress) {
        this(config, progress, null);
    }

    /**
     * A context of a long-lived process (the scheduler) whose chains share one Spark session: it is started by the
     * first chain that needs it and left running when a chain ends, so later chains pay neither its start nor its
     * cold caches.
     */
    public RunContext(DwConfig config, Progress progress, KeptSpark kept) {
        this.config = config;
        this.progress = progress;
        this.kept = kept;
    }

    /** One Spark session for the life of a process, started on first use; {@link #close} stops it. */
    public static final class KeptSpark implements AutoCloseable {

        private final DwConfig config;
        private SparkSession spark;

        public KeptSpark(DwConfig config) {
            this.config = config;
        }

        synchronized SparkSession get() {
            if (spark == null) {
                spark = start(config);
            }
            return spark;
        }

        @Override
        public synchronized void close() {
            if (spark != null) {
                spark.stop();
                spark = null;
            }
        }
    }

    private static SparkSession start(DwConfig config) {
        return SparkSessions.start(config.spark().master(), config.policy().zone(),
                config.spark().shufflePartitions(), config.spark().applicationJar());
    }

    public Progress progress() {
        return progress;
    }

    public DwConfig config() {
        return config;
    }

    /**
     * The warehouse, opened on first use. While another process writes it (the scheduler loading or producing), a
     * command waits up to {@link #PATIENCE}, saying so once on stderr, rather than failing on DuckDB's lock.
     */
    public Warehouse warehouse() {
        if (warehouse == null) {
            warehouse = Warehouse.open(config.warehouse(), config.policy(), PATIENCE,
                    line -> System.err.println("dw: " + line));
        }
        return warehouse;
    }

    public LoadJob loadJob() {
        // The key first: a load without one stops before it creates or touches anything.
        PhoneKey phoneKey = config.etl().phoneKey();
        BatchInfrastructure batch = config.etl().jobRepository() == null
                ? BatchInfrastructure.beside(config.warehouse())
                : BatchInfrastructure.onPostgres(config.etl().jobRepository(), sourcePassword().connectionProperties());
        return new LoadJob(warehouse(), batch, config.etl().maxAmount(),
                config.etl().overlap(), sourcePassword(), phoneKey, progress);
    }

    /** The source's password, from etl.passwordFile or DW_SOURCE_PASSWORD. */
    public SourcePassword sourcePassword() {
        return SourcePassword.resolve(System.getenv(), config.etl().passwordFile());
    }

    public SparkSession spark() {
        if (spark == null) {
            long begun = System.nanoTime();
            spark = kept != null ? kept.get() : start(config);
            sparkStartUp = Duration.ofNanos(System.nanoTime() - begun);
        }
        return spark;
    }

    /** How long this context waited for its Spark session: zero until it asked, and when a kept one was running. */
    public Duration sparkStartUp() {
        return sparkStartUp;
    }

    /** Where Parquet snapshots for Spark are written: {@code spark.exchangeFolder}, else beside the warehouse file. */
    public Path workFolder() {
        if (config.spark().exchangeFolder() != null) {
            return config.spark().exchangeFolder().toAbsolutePath();
        }
        return config.warehouse().toAbsolutePath().resolveSibling(config.warehouse().getFileName() + ".work");
    }

    @Override
    public void close() {
        if (spark != null && kept == null) {
            spark.stop();
        }
        spark = null;
        if (warehouse != null) {
            warehouse.close();
            warehouse = null;
        }
    }
}
