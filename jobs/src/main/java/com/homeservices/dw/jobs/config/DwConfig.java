package com.homeservices.dw.jobs.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.homeservices.dw.etl.customers.PhoneKey;
import com.homeservices.dw.etl.load.LoadJob;
import com.homeservices.dw.reports.Language;
import com.homeservices.dw.reports.ReportCatalogue;
import com.homeservices.dw.reports.ReportFormat;
import com.homeservices.dw.reports.ReportRenderer;
import com.homeservices.dw.reports.Scope;
import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.PrivateFiles;
import com.homeservices.dw.warehouse.policy.CompanyPolicy;
import com.homeservices.dw.warehouse.spark.SparkSessions;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every setting of the configuration file ({@code dw.yaml}), each with its default here and nowhere else. A
 * missing file section takes its defaults; an unknown setting is an error, so a typo is never silently ignored.
 */
public record DwConfig(Path warehouse, String source, CompanyPolicy policy, Etl etl, Spark spark, Reports reports,
                       Schedule schedule, Mail mail, List<Recipient> recipients, Serve serve) {

    public static final Path DEFAULT_WAREHOUSE = Path.of("data", "warehouse.duckdb");

    public DwConfig {
        warehouse = Objects.requireNonNullElse(warehouse, DEFAULT_WAREHOUSE);
        policy = Objects.requireNonNullElse(policy, CompanyPolicy.defaults());
        etl = Objects.requireNonNullElse(etl, new Etl(null, null, null, null, null));
        spark = Objects.requireNonNullElse(spark, new Spark(null, null, null, null));
        reports = Objects.requireNonNullElse(reports, new Reports(null, null, null, null, null));
        schedule = Objects.requireNonNullElse(schedule, new Schedule(null, null, null, null, null));
        mail = Objects.requireNonNullElse(mail, new Mail(null, null, null, null, null, null, null, null));
        recipients = List.copyOf(Objects.requireNonNullElse(recipients, List.of()));
        serve = Objects.requireNonNullElse(serve, new Serve(null, null, null, null));
        // an id is a reader's archive folder and delivery record: a second one would never be mailed
        Set<String> ids = new HashSet<>();
        for (Recipient recipient : recipients) {
            if (!ids.add(recipient.id())) {
                throw new IllegalArgumentException("two recipients have the id '" + recipient.id() + "': each"
                        + " reader needs an id of their own");
            }
        }
    }

    public static DwConfig defaults() {
        return new DwConfig(null, null, null, null, null, null, null, null, null, null);
    }

    public DwConfig withWarehouse(Path file) {
        return new DwConfig(file, source, policy, etl, spark, reports, schedule, mail, recipients, serve);
    }

    public DwConfig withSource(String location) {
        return new DwConfig(warehouse, location, policy, etl, spark, reports, schedule, mail, recipients, serve);
    }

    public DwConfig withEtl(Etl settings) {
        return new DwConfig(warehouse, source, policy, settings, spark, reports, schedule, mail, recipients, serve);
    }

    public DwConfig withSpark(Spark settings) {
        return new DwConfig(warehouse, source, policy, etl, settings, reports, schedule, mail, recipients, serve);
    }

    public DwConfig withMail(Mail settings, List<Recipient> readers) {
        return new DwConfig(warehouse, source, policy, etl, spark, reports, schedule, settings, readers, serve);
    }

    public DwConfig withServe(Serve settings) {
        return new DwConfig(warehouse, source, policy, etl, spark, reports, schedule, mail, recipients, settings);
    }

    public DwConfig withReports(Reports settings) {
        return new DwConfig(warehouse, source, policy, etl, spark, settings, schedule, mail, recipients, serve);
    }

    /**
     * @param maxAmount an amount above this in any money column is absurd, and its row is rejected
     * @param overlap   how far before the last run's newest updated_at a JDBC extract starts (ISO-8601, PT1H)
     * @param passwordFile a file only its owner can read whose first line is the source's password; without it,
     *                  the environment variable DW_SOURCE_PASSWORD, if set
     * @param jobRepository a PostgreSQL database (jdbc:postgresql://…) for Spring Batch's job history; by default
     *                  an H2 file beside the warehouse
     * @param phoneKeyFile a file only its owner can read whose first line is the key customers' phones are hashed
     *                  with; without it, the environment variable DW_PHONE_KEY, which a load then needs
     */
    public record Etl(BigDecimal maxAmount, Duration overlap, Path passwordFile, String jobRepository,
                      Path phoneKeyFile) {
        public static final BigDecimal DEFAULT_MAX_AMOUNT = LoadJob.DEFAULT_MAX_AMOUNT;
        public static final Duration DEFAULT_OVERLAP = LoadJob.DEFAULT_OVERLAP;

        public Etl {
            maxAmount = Objects.requireNonNullElse(maxAmount, DEFAULT_MAX_AMOUNT);
            overlap = Objects.requireNonNullElse(overlap, DEFAULT_OVERLAP);
            if (overlap.isNegative()) {
                throw new IllegalArgumentException("etl.overlap cannot be negative: " + overlap);
            }
        }

        /** The same settings with the phone key in {@code file}. */
        public Etl withPhoneKeyFile(Path file) {
            return new Etl(maxAmount, overlap, passwordFile, jobRepository, file);
        }

        /** The key customers' phones are hashed with, from phoneKeyFile or DW_PHONE_KEY; none is one sentence. */
        public PhoneKey phoneKey() {
            return PhoneKey.resolve(System.getenv(), phoneKeyFile);
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
     * @param groupReadable whether the archive's files and the folders it creates are readable by the owner's group
     *                  (a reports group: 0640 and 0750); by default only by their owner (0600 and 0700)
     */
    public record Reports(Path folder, List<String> languages, List<String> formats, Integer pdfRows,
                          Boolean groupReadable) {
        public static final Path DEFAULT_FOLDER = Path.of("data", "reports");

        public Reports {
            folder = Objects.requireNonNullElse(folder, DEFAULT_FOLDER);
            languages = List.copyOf(Objects.requireNonNullElse(languages, List.of("en", "zh")));
            formats = List.copyOf(Objects.requireNonNullElse(formats, List.of("pdf", "xlsx", "csv")));
            pdfRows = Objects.requireNonNullElse(pdfRows, ReportRenderer.DEFAULT_PDF_ROWS);
            groupReadable = Objects.requireNonNullElse(groupReadable, false);
            languages.forEach(Language::parse);
            formats.forEach(ReportFormat::parse);
            if (pdfRows < 1) {
                throw new IllegalArgumentException("reports.pdfRows must be at least 1, not " + pdfRows);
            }
        }

        /** The same settings with the archive in {@code other}. */
        public Reports withFolder(Path other) {
            return new Reports(other, languages, formats, pdfRows, groupReadable);
        }

        /** Who may read the archive's files. */
        public PrivateFiles.Access access() {
            return groupReadable ? PrivateFiles.Access.GROUP : PrivateFiles.Access.OWNER;
        }
    }

    /**
     * The company's rhythm (reports.md): each report is due the day after its period ends (the Monday after a
     * fortnight or week, the 1st after a month), moved to the next working day when that is not one.
     *
     * @param reportsAt     the time of day, company time, from which a due report is produced
     * @param nightlyLoadAt the time of day of the nightly incremental load
     * @param holidays      public holidays: no delivery on them (China's change every year: list them)
     * @param workingDays   weekend days that are working days (China's make-up days)
     * @param jobStore      a PostgreSQL database (jdbc:postgresql://…) for Quartz's clustered job store, so that two
     *                      scheduler processes never fire one trigger twice; its password from DW_JOBSTORE_PASSWORD;
     *                      by default the triggers live in memory (one scheduler)
     */
    public record Schedule(LocalTime reportsAt, LocalTime nightlyLoadAt, List<LocalDate> holidays,
                           List<LocalDate> workingDays, String jobStore) {
        public static final LocalTime DEFAULT_REPORTS_AT = LocalTime.of(6, 0);
        public static final LocalTime DEFAULT_NIGHTLY_LOAD_AT = LocalTime.of(2, 0);

        public Schedule {
            reportsAt = Objects.requireNonNullElse(reportsAt, DEFAULT_REPORTS_AT);
            nightlyLoadAt = Objects.requireNonNullElse(nightlyLoadAt, DEFAULT_NIGHTLY_LOAD_AT);
            holidays = List.copyOf(Objects.requireNonNullElse(holidays, List.of()));
            workingDays = List.copyOf(Objects.requireNonNullElse(workingDays, List.of()));
        }
    }

    /**
     * The SMTP server the reports are mailed through; no host, no e-mail (the archive only).
     *
     * @param startTls     upgrade the connection with STARTTLS (required when set)
     * @param username     the login, if the server asks for one; the password comes from DW_SMTP_PASSWORD or the
     *                     owner-only {@code passwordFile}, never from this file
     * @param maxAttachmentMegabytes the largest message the server takes, counting the third that base64 adds: an
     *                     attachment that would pass it is left out and the message says where the archive holds it
     * @param operators    who is told, once, when a run fails
     */
    public record Mail(String host, Integer port, Boolean startTls, String username, Path passwordFile, String from,
                       Integer maxAttachmentMegabytes, List<String> operators) {
        public static final int DEFAULT_PORT = 587;
        public static final int DEFAULT_MAX_ATTACHMENT_MEGABYTES = 10;

        public Mail {
            port = Objects.requireNonNullElse(port, DEFAULT_PORT);
            startTls = Objects.requireNonNullElse(startTls, true);
            from = Objects.requireNonNullElse(from, "reports@localhost");
            maxAttachmentMegabytes = Objects.requireNonNullElse(maxAttachmentMegabytes,
                    DEFAULT_MAX_ATTACHMENT_MEGABYTES);
            operators = List.copyOf(Objects.requireNonNullElse(operators, List.of()));
            for (String operator : operators) {
                if (!Recipient.isAddress(operator)) {
                    throw new IllegalArgumentException("mail.operators has an address that is not one: " + operator);
                }
            }
            if (maxAttachmentMegabytes < 1) {
                throw new IllegalArgumentException("mail.maxAttachmentMegabytes must be at least 1, not "
                        + maxAttachmentMegabytes);
            }
        }

        public boolean enabled() {
            return host != null && !host.isBlank();
        }
    }

    /**
     * A reader who receives reports by e-mail, in their language and scope.
     *
     * @param id       a short name for the archive folder and the delivery record (letters, digits, '-', '_')
     * @param reports  the reports they receive (by name)
     * @param scope    {@code company} (default), {@code business-unit:CODE} or {@code outlet:CODE}
     * @param formats  what is attached: {@code pdf} (default), and {@code xlsx} for finance and HR
     * @param passwordHash a bcrypt hash ({@code ./dw serve --hash-password}): with one, they may sign in to the web
     *                 archive with their id and see the same reports in the same scope; without one, they may not
     */
    public record Recipient(String id, String name, String email, String language, String scope,
                            List<String> reports, List<String> formats, String passwordHash) {
        private static final String BCRYPT = "\\$2[aby]\\$\\d{2}\\$[./A-Za-z0-9]{53}";

        /** Whether {@code text} is an e-mail address as far as a reading of the file can tell: a name, @, a host. */
        static boolean isAddress(String text) {
            return text != null && text.matches("[^@\\s]+@[^@\\s]+");
        }

        public Recipient {
            if (id == null || !id.matches("[A-Za-z0-9_-]{1,40}")) {
                throw new IllegalArgumentException("a recipient's id is up to 40 letters, digits, '-' and '_', not '"
                        + id + "'");
            }
            if (!isAddress(email)) {
                throw new IllegalArgumentException("recipient " + id + " has no valid e-mail address: " + email);
            }
            name = Objects.requireNonNullElse(name, id);
            language = Objects.requireNonNullElse(language, "en");
            Language.parse(language);
            scope = Objects.requireNonNullElse(scope, "company");
            Scope.parse(scope.equals("company") ? null : scope);
            reports = List.copyOf(Objects.requireNonNullElse(reports, List.of()));
            // Names become archive folders and choose SQL files: the catalogue's names only, checked on reading.
            reports.forEach(ReportCatalogue.load()::named);
            formats = List.copyOf(Objects.requireNonNullElse(formats, List.of("pdf")));
            formats.forEach(ReportFormat::parse);
            if (passwordHash != null && !passwordHash.matches(BCRYPT)) {
                // never echo it: it may be a password pasted by mistake
                throw new IllegalArgumentException("recipient " + id + "'s passwordHash is not a bcrypt hash; make"
                        + " one with ./dw serve --hash-password");
            }
        }

        /** Whether they may sign in to the web archive. */
        public boolean canSignIn() {
            return passwordHash != null;
        }

        /** Their scope as reports take it. */
        public Scope readerScope() {
            return Scope.parse(scope.equals("company") ? null : scope);
        }
    }

    /**
     * The web archive ({@code ./dw serve}): where it listens. Readers are the recipients given a password hash.
     *
     * @param bind    the address it listens on; 127.0.0.1 by default, so only this machine reaches it unless widened
     *                on purpose (behind a TLS proxy)
     * @param port    its port
     * @param signedInFor how long a reader stays signed in without a request (ISO-8601, PT30M)
     */
    public record Serve(String bind, Integer port, Duration signedInFor, Integer rowsShown) {
        public static final String DEFAULT_BIND = "127.0.0.1";
        public static final int DEFAULT_PORT = 8080;
        public static final Duration DEFAULT_SIGNED_IN_FOR = Duration.ofMinutes(30);
        /** The rows a page's table shows at most: a report table's, or the rows behind a figure. */
        public static final int DEFAULT_ROWS_SHOWN = 500;

        public Serve {
            bind = Objects.requireNonNullElse(bind, DEFAULT_BIND);
            port = Objects.requireNonNullElse(port, DEFAULT_PORT);
            signedInFor = Objects.requireNonNullElse(signedInFor, DEFAULT_SIGNED_IN_FOR);
            rowsShown = Objects.requireNonNullElse(rowsShown, DEFAULT_ROWS_SHOWN);
            if (rowsShown < 1) {
                throw new IllegalArgumentException("serve.rowsShown must be 1 or more, not " + rowsShown);
            }
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("serve.port must be between 0 and 65535, not " + port);
            }
            if (signedInFor.isNegative() || signedInFor.isZero()) {
                throw new IllegalArgumentException("serve.signedInFor must be positive: " + signedInFor);
            }
        }

        /** The same settings on {@code other} port. */
        public Serve withPort(int other) {
            return new Serve(bind, other, signedInFor, rowsShown);
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
