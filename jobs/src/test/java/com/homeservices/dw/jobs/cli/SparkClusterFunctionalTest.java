package com.homeservices.dw.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.homeservices.dw.etl.generator.CompanyGenerator;
import com.homeservices.dw.etl.generator.CsvSourceWriter;
import com.homeservices.dw.etl.generator.ScaleTier;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.policy.CompanyPolicy;
import com.homeservices.dw.warehouse.testing.Rows;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same routines on a real Spark standalone cluster: a master and a worker started from this test's classpath on
 * 127.0.0.1 (as docs/scaling.md describes), {@code ./dw analyze --master spark://…} in a child JVM, and every mart
 * compared with what {@code local[*]} computes from the same warehouse.
 */
class SparkClusterFunctionalTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    private static final List<String> MARTS = List.of(
            "select * from mart_claim_totals_fortnight order by all",
            "select * from mart_claim_authority_exception order by all",
            "select * from mart_claim_reconciliation_fortnight order by all",
            "select * from mart_complaint_handling_month order by all",
            "select * from mart_staff_attrition_month order by all",
            "select * from mart_outlet_profit_week order by all",
            "select * from mart_attendance_staff_month order by all",
            "select * from mart_attendance_leave order by all",
            "select * from mart_outlet_profit_month order by all",
            "select * from mart_customer_segment_month order by all",
            "select * from mart_customer_segment_summary_month order by all",
            "select * from mart_customer_pareto_month order by all",
            "select * from mart_product_mix_month order by all",
            "select mart_name, period_from_on, period_to_on from mart_refresh order by all");

    @TempDir
    static Path temp;
    private static final List<Process> CLUSTER = new ArrayList<>();
    private static String masterUrl;

    @BeforeAll
    static void startAMasterAndAWorker() throws Exception {
        Path sparkHome = temp.resolve("spark");
        Path jars = Files.createDirectories(sparkHome.resolve("jars"));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path jar = Path.of(entry);
            if (entry.endsWith(".jar") && !Files.exists(jars.resolve(jar.getFileName()))) {
                Files.createSymbolicLink(jars.resolve(jar.getFileName()), jar.toAbsolutePath());
            }
        }
        int port = freePort();
        masterUrl = "spark://127.0.0.1:" + port;
        Path masterLog = temp.resolve("master.log");
        CLUSTER.add(start(sparkHome, masterLog, "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                "--port", Integer.toString(port), "--webui-port", Integer.toString(freePort())));
        waitForLine(masterLog, "I have been elected leader");
        Path workerLog = temp.resolve("worker.log");
        CLUSTER.add(start(sparkHome, workerLog, "org.apache.spark.deploy.worker.Worker", masterUrl, "--host",
                "127.0.0.1", "--cores", "2", "--memory", "2g", "--webui-port", Integer.toString(freePort())));
        waitForLine(workerLog, "Successfully registered with master");
    }

    @AfterAll
    static void stopTheCluster() throws InterruptedException {
        for (Process process : CLUSTER) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void everyRoutineOnTheClusterGivesWhatLocalModeGives() throws Exception {
        Path local = loaded("local.duckdb");
        Path cluster = temp.resolve("cluster.duckdb");
        Files.copy(local, cluster);

        analyze(local, "local[*]");
        String clusterRun = analyze(cluster, masterUrl);

        Map<String, List<String>> onCluster = marts(cluster);
        Map<String, List<String>> inLocalMode = marts(local);
        for (String mart : MARTS) {
            assertThat(inLocalMode.get(mart)).as(mart).isNotEmpty();
        }
        assertThat(onCluster).isEqualTo(inLocalMode);
        // The work really ran on the worker: it launched an executor for the application.
        assertThat(Files.readString(temp.resolve("worker.log"))).contains("Asked to launch executor");
        assertThat(clusterRun).contains("staff attrition", "outlet profitability", "customer segmentation");
    }

    @Test
    void anAnalysisThatFailsIsReportedOnceTheOneBesideItHasFinished() throws Exception {
        Path warehouse = loaded("failing.duckdb");
        // Customer segmentation's exchange folder cannot be made: a file stands where it goes.
        Path blocked = Files.createDirectories(temp.resolve("failing.duckdb.work")).resolve("customer-segmentation");
        Files.writeString(blocked, "not a folder");

        Run run = run(warehouse, "local[*]");

        assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).contains("dw: cannot write the Parquet exchange folder " + blocked + ":")
                .doesNotContain("\tat ");
        try (Warehouse after = Warehouse.open(warehouse, CompanyPolicy.defaults())) {
            // The five analyses beside it ran to their end; segmentation wrote nothing.
            assertThat(Rows.of(after, "select distinct mart_name from mart_refresh order by all")).containsExactly(
                    "mart_attendance_leave", "mart_attendance_staff_month", "mart_claim_authority_exception",
                    "mart_claim_reconciliation_fortnight", "mart_claim_totals_fortnight",
                    "mart_complaint_handling_month", "mart_outlet_profit_month", "mart_outlet_profit_week",
                    "mart_staff_attrition_month");
            assertThat(after.queryLong("select count(*) from mart_customer_segment_month")).isZero();
        }
    }

    /** A tiny generated company (generated once), loaded into a new warehouse {@code name}. */
    private static Path loaded(String name) throws Exception {
        Path source = temp.resolve("source");
        if (!Files.isDirectory(source)) {
            try (CsvSourceWriter writer = new CsvSourceWriter(source)) {
                new CompanyGenerator(new CompanyGenerator.Settings(ScaleTier.TINY, 5L, 0.0, AS_OF), line -> { })
                        .generate(writer);
            }
        }
        Path warehouse = temp.resolve(name);
        assertThat(Dw.execute("etl", "--from", "csv:" + source, "--warehouse", warehouse.toString())).isZero();
        return warehouse;
    }

    /** {@code ./dw analyze} in a child JVM (one Spark driver per JVM), returning what it printed. */
    private static String analyze(Path warehouse, String master) throws Exception {
        Run run = run(warehouse, master);
        assertThat(run.exitCode()).as(run.output()).isZero();
        return run.output();
    }

    private record Run(int exitCode, String output) {
    }

    private static Run run(Path warehouse, String master) throws Exception {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx2g", "-Djava.awt.headless=true"));
        command.addAll(jvmOpens());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Dw.class.getName(), "analyze",
                "--warehouse", warehouse.toString(), "--as-of", AS_OF.toString(), "--master", master));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process child = builder.start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Run(child.exitValue(), output);
    }

    private static Map<String, List<String>> marts(Path file) throws SQLException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        try (Warehouse warehouse = Warehouse.open(file, CompanyPolicy.defaults())) {
            for (String query : MARTS) {
                rows.put(query, Rows.of(warehouse, query));
            }
        }
        return rows;
    }

    private static Process start(Path sparkHome, Path log, String mainClass, String... args) throws IOException {
        // The master and the worker say they are ready at INFO, which this classpath's test logging hides.
        Path logging = sparkHome.resolve("log4j2-cluster.xml");
        Files.writeString(logging, """
                <Configuration status="WARN">
                  <Appenders><Console name="out" target="SYSTEM_OUT"><PatternLayout pattern="%d %p %c{1}: %m%n"/></Console></Appenders>
                  <Loggers><Root level="INFO"><AppenderRef ref="out"/></Root></Loggers>
                </Configuration>
                """);
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx1g",
                "-Dlog4j2.configurationFile=" + logging.toUri()));
        command.addAll(jvmOpens());
        command.addAll(List.of("-cp", sparkHome.resolve("jars") + File.separator + "*", mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("SPARK_HOME", sparkHome.toString());
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        builder.environment().put("SPARK_SCALA_VERSION", "2.13");
        return builder.start();
    }

    private static void waitForLine(Path log, String line) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(line)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no '" + line + "' in " + log + ":\n" + (Files.exists(log) ? Files.readString(log) : ""));
    }

    /** The module-opening flags this JVM runs with (Spark needs them on Java 17), for the JVMs it starts. */
    private static List<String> jvmOpens() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("-Dio.netty") || a.startsWith("-Djdk.reflect"))
                .toList();
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
