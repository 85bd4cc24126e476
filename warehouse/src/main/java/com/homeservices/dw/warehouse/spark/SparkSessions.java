package com.homeservices.dw.warehouse.spark;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.ZoneId;
import org.apache.spark.sql.SparkSession;

/** Starts the Spark session the analytics run in: {@code local[*]} by default, or any master Spark accepts. */
public final class SparkSessions {

    public static final String LOCAL = "local[*]";

    private SparkSessions() {
    }

    /**
     * @param master           {@code local[*]}, {@code spark://host:7077}, …
     * @param zone             the company's zone, so that dates Spark derives agree with the warehouse's
     * @param shufflePartitions a small number fits two cores; the default 200 mostly schedules empty tasks
     * @param applicationJar   the jar that carries this code to a cluster's executors; null: in local mode none, on a
     *                         cluster the jar this class was loaded from (the warehouse module's, which holds the
     *                         routines)
     */
    public static SparkSession start(String master, ZoneId zone, int shufflePartitions, String applicationJar) {
        SparkSession.Builder builder = SparkSession.builder()
                .appName("home-services-dw")
                .master(master)
                .config("spark.ui.enabled", "false")
                .config("spark.sql.session.timeZone", zone.getId())
                .config("spark.sql.shuffle.partitions", Integer.toString(shufflePartitions))
                .config("spark.sql.adaptive.enabled", "true")
                // Analyses run side by side, each in a pool of its own: tasks are shared between the pools, so a
                // short stage of one does not queue behind a long stage of another.
                .config("spark.scheduler.mode", "FAIR")
                // Spark renders every query's plan for its SQL UI (which is off), again at each adaptive re-plan:
                // the one-line form costs a fraction of the default "formatted" one.
                .config("spark.sql.ui.explainMode", "simple")
                // Compiled query code is kept by its source; one period's refresh compiles about 400 classes and the
                // default cache holds 100, so a long-lived process (the scheduler) compiled them all again each time.
                .config("spark.sql.codegen.cache.maxEntries", "4000")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1");
        String jar = applicationJar != null || master.startsWith("local") ? applicationJar : ownJar();
        if (jar != null) {
            builder.config("spark.jars", jar);
        }
        return builder.getOrCreate();
    }

    /** The jar holding the routines, or null when they were loaded from a folder of classes (an IDE, a test). */
    private static String ownJar() {
        try {
            Path location = Path.of(SparkSessions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.toString().endsWith(".jar") ? location.toString() : null;
        } catch (URISyntaxException | SecurityException e) {
            return null;
        }
    }
}
