package com.homeservices.dw.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.homeservices.dw.etl.generator.CompanyGenerator;
import com.homeservices.dw.etl.generator.CsvSourceWriter;
import com.homeservices.dw.etl.generator.JdbcSourceWriter;
import com.homeservices.dw.etl.generator.ScaleTier;
import com.homeservices.dw.etl.testing.TestDatabases;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.policy.CompanyPolicy;
import com.homeservices.dw.warehouse.testing.Rows;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A load killed half way (SIGKILL to a real child JVM) and started again ends with exactly the warehouse one clean
 * run gives: the same facts, rejects and accounting, no duplicate and no loss. From a CSV folder (one step per
 * table) and from MariaDB (a chunked cursor extract kept in the warehouse file, then the load).
 */
class LoadRestartFunctionalTest {

    private static final CompanyGenerator.Settings COMPANY =
            new CompanyGenerator.Settings(ScaleTier.SMALL, 11L, 0.01, LocalDate.of(2026, 11, 22));

    @TempDir
    static Path temp;
    private static String csv;
    private static TestDatabases.Database mariadb;
    private static final Map<String, List<String>> CLEAN_RUNS = new HashMap<>();

    @BeforeAll
    static void companiesAndTheirCleanLoads() throws SQLException {
        Path folder = temp.resolve("source");
        try (CsvSourceWriter writer = new CsvSourceWriter(folder)) {
            new CompanyGenerator(COMPANY, line -> { }).generate(writer);
        }
        csv = "csv:" + folder;
        mariadb = TestDatabases.mariadb();
        try (JdbcSourceWriter writer = new JdbcSourceWriter(mariadb.url())) {
            new CompanyGenerator(COMPANY, line -> { }).generate(writer);
        }
        for (String source : List.of(csv, mariadb.url())) {
            Path clean = temp.resolve("clean-" + CLEAN_RUNS.size() + ".duckdb");
            assertThat(Dw.execute("etl", "--from", source, "--warehouse", clean.toString())).isZero();
            CLEAN_RUNS.put(source, snapshot(clean));
        }
    }

    @AfterAll
    static void dropTheDatabase() throws SQLException {
        mariadb.close();
    }

    static Stream<Arguments> killPoints() {
        return Stream.of(
                Arguments.of("csv", "extracting service_order", 150),
                Arguments.of("csv", "loading service_order", 400),
                Arguments.of("csv", "loading claim", 0),
                Arguments.of("mariadb", "extracting service_order", 1000),
                Arguments.of("mariadb", "loading service_order", 300));
    }

    @ParameterizedTest(name = "{0}: killed {2} ms after ''{1}''")
    @MethodSource("killPoints")
    void aKilledLoadStartedAgainEndsAsOneCleanRun(String kind, String killAfter, long delayMillis) throws Exception {
        String source = kind.equals("csv") ? csv : mariadb.url();
        List<String> cleanRun = CLEAN_RUNS.get(source);
        Path warehouse = temp.resolve("killed-" + kind + "-" + killAfter.replace(' ', '-') + ".duckdb");

        Process child = new ProcessBuilder(javaCommand("etl", "--from", source, "--warehouse",
                warehouse.toString())).redirectErrorStream(true).start();
        List<String> seen = waitFor(child, killAfter);
        Thread.sleep(delayMillis);
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("the child was killed, not finished: %s", seen).isNotZero();

        assertThat(Dw.execute("etl", "--from", source, "--warehouse", warehouse.toString())).isZero();

        assertThat(snapshot(warehouse)).isEqualTo(cleanRun);
    }

    /** Everything a load leaves behind that must not depend on how many attempts it took. */
    private static List<String> snapshot(Path file) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Warehouse warehouse = Warehouse.open(file, CompanyPolicy.defaults())) {
            for (String query : List.of(
                    "select * from dim_business_unit order by business_unit_key",
                    "select * from dim_outlet order by outlet_key",
                    "select * from fct_service_order order by service_order_key",
                    "select * from fct_claim order by claim_key",
                    "select * from etl_reject order by table_name, source_row, reason_code",
                    "select * from etl_run_table order by table_name",
                    "select * from etl_run_control_sum order by table_name, column_name",
                    "select run_id, source, status from etl_run",
                    "select count(*), min(date_on), max(date_on) from dim_date")) {
                rows.add(query);
                rows.addAll(Rows.of(warehouse, query));
            }
        }
        return rows;
    }

    private static List<String> waitFor(Process child, String line) throws IOException {
        List<String> seen = new ArrayList<>();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        for (String next = out.readLine(); next != null; next = out.readLine()) {
            seen.add(next);
            if (next.contains(line)) {
                return seen;
            }
        }
        throw new AssertionError("the child ended before '" + line + "': " + seen);
    }

    /** The same program in a new JVM, on this test's classpath. */
    private static List<String> javaCommand(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Xmx2g",
                "-cp", System.getProperty("java.class.path"), Dw.class.getName()));
        command.addAll(List.of(args));
        return command;
    }
}
