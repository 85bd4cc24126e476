package com.homeservices.dw.warehouse.spark;

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
     * @param applicationJar   the jar that carries this code to a cluster's executors, or null in local mode
     */
    public static SparkSession start(String master, ZoneId zone, int shufflePartitions, String applicationJar) {
        SparkSession.Builder builder = SparkSession.builder()
                .appName("home-services-dw")
                .master(master)
                .config("spark.ui.enabled", "false")
                .config("spark.sql.session.timeZone", zone.getId())
                .config("spark.sql.shuffle.partitions", Integer.toString(shufflePartitions))
                .config("spark.sql.adaptive.enabled", "true")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1");
        if (applicationJar != null) {
            builder.config("spark.jars", applicationJar);
        }
        return builder.getOrCreate();
    }
}
