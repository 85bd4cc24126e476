package com.homeservices.dw.jobs.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.homeservices.dw.etl.load.LoadJob;
import com.homeservices.dw.reports.Language;
import com.homeservices.dw.reports.ReportFormat;
import com.homeservices.dw.reports.ReportRenderer;
import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.policy.CompanyPolicy;
import com.homeservices.dw.warehouse.spark.SparkSessions;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Every setting of the configuration file ({@code dw.yaml}), each with its default here and nowhere else. A
 * missing file section takes its defaults; an unknown setting is an error, so a typo is never silently ignored.
 */
public record DwConfig(Path warehouse, String source, CompanyPolicy policy, Etl etl, Spark spark, Reports reports,
                       Schedule schedule) {

    public static final Path DEFAULT_WAREHOUSE = Path.of("data", "warehouse.duckdb");

    public DwConfig {
        warehouse = Objects.requireNonNullElse(warehouse, DEFAULT_WAREHOUSE);
        policy = Objects.requireNonNullElse(policy, CompanyPolicy.defaults());
        etl = Objects.requireNonNullElse(etl, new Etl(null, null, null, null));
        spark = Objects.requireNonNullElse(spark, new Spark(null, null, null, null));
        reports = Objects.requireNonNullElse(reports, new Reports(null, null, null, null));
        schedule = Objects.requireNonNullElse(schedule, new Schedule(null));
    }

    public static DwConfig defaults() {
        return new DwConfig(null, null, null, null, null, null, null);
    }

    /**
     * @param maxAmount an amount above this in any money column is absurd, and its row is rejected
     * @param overlap   how far before the last run's newest updated_at a JDBC extract starts (ISO-8601, PT1H)
     * @param passwordFile a file only its owner can read whose first line is the source's password; without it,
     *                  the environment variable DW_SOURCE_PASSWORD, if set
     * @param jobRepository a PostgreSQL database (jdbc:postgresql://…) for Spring Batch's job history; by default
     *                  an H2 file beside the warehouse
     */
    public record Etl(BigDecimal maxAmount, Duration overlap, Path passwordFile, String jobRepository) {
        public static final BigDecimal DEFAULT_MAX_AMOUNT = LoadJob.DEFAULT_MAX_AMOUNT;
        public static final Duration DEFAULT_OVERLAP = LoadJob.DEFAULT_OVERLAP;

        public Etl {
            maxAmount = Objects.requireNonNullElse(maxAmount, DEFAULT_MAX_AMOUNT);
            overlap = Objects.requireNonNullElse(overlap, DEFAULT_OVERLAP);
            if (overlap.isNegative()) {
                throw new IllegalArgumentException("etl.overlap cannot be negative: " + overlap);
            }
        }
    }

    /**
     * @param master            {@code local[*]} or any master Spark accepts ({@code spark://host:7077})
     * @param shufflePartitions partitions after a shuffle; a few per core
     * @param applicationJar    the jar shipped to a cluster's executors; by default the routines' own jar
     * @param exchangeFolder    where the Parquet snapshots Spark reads and writes go: on a cluster, a folder every
     *                          worker sees at the same path (a shared mount); by default beside the warehouse
     */
    public record Spark(String master, Integer shufflePartitions, String applicationJar, Path exchangeFolder) {
        public static final int DEFAULT_SHUFFLE_PARTITIONS = 4;

        public Spark {
            master = Objects.requireNonNullElse(master, SparkSessions.LOCAL);
            shufflePartitions = Objects.requireNonNullElse(shufflePartitions, DEFAULT_SHUFFLE_PARTITIONS);
        }
    }

    /**
     * @param folder    where rendered reports are archived
     * @param languages the languages every scheduled report is rendered in
     * @param formats   the formats every scheduled report is rendered to
     * @param pdfRows   the rows a long list (premium customers, staff attendance) shows in a PDF; the XLSX and CSV
     *                  hold all of them, and a report scoped to one outlet lists all of that outlet's
     */
    public record Reports(Path folder, List<String> languages, List<String> formats, Integer pdfRows) {
        public static final Path DEFAULT_FOLDER = Path.of("data", "reports");

        public Reports {
            folder = Objects.requireNonNullElse(folder, DEFAULT_FOLDER);
            languages = List.copyOf(Objects.requireNonNullElse(languages, List.of("en", "zh")));
            formats = List.copyOf(Objects.requireNonNullElse(formats, List.of("pdf", "xlsx", "csv")));
            pdfRows = Objects.requireNonNullElse(pdfRows, ReportRenderer.DEFAULT_PDF_ROWS);
            languages.forEach(Language::parse);
            formats.forEach(ReportFormat::parse);
            if (pdfRows < 1) {
                throw new IllegalArgumentException("reports.pdfRows must be at least 1, not " + pdfRows);
            }
        }
    }

    /** @param claimTotalsAt the time of day, company time, on the Monday after a fortnight ends */
    public record Schedule(@JsonProperty("claimTotalsAt") LocalTime claimTotalsAt) {
        public static final LocalTime DEFAULT_CLAIM_TOTALS_AT = LocalTime.of(6, 0);

        public Schedule {
            claimTotalsAt = Objects.requireNonNullElse(claimTotalsAt, DEFAULT_CLAIM_TOTALS_AT);
        }
    }

    /** Reads a configuration file; a missing file or a bad setting ends in one sentence that names it. */
    public static DwConfig load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DwException("the configuration file " + file + " does not exist");
        }
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        try {
            DwConfig config = yaml.readValue(file.toFile(), DwConfig.class);
            return config == null ? defaults() : config;
        } catch (UnrecognizedPropertyException e) {
            throw new DwException(file + ": unknown setting '" + path(e) + "'", e);
        } catch (JsonMappingException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new DwException(file + ": the setting '" + path(e) + "' is not valid: "
                    + firstLine(cause.getMessage()), e);
        } catch (IOException e) {
            throw new DwException("cannot read the configuration file " + file + ": " + firstLine(e.getMessage()), e);
        }
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
