package com.homeservices.dw.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files a run leaves hold payroll and customers: created readable by their owner alone whatever the umask the
 * command was started with (here 000, the most open), and the report archive by a reports group when configured.
 * Modes are read back with {@code stat}, as an operator would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrivateFilesFunctionalTest {

    @TempDir
    static Path temp;

    private Child demo;

    /** One demo, the most open umask: the company, its warehouse and every report. */
    @BeforeAll
    void demoUnderUmask000() throws Exception {
        demo = underUmask("000", "demo", "--tier", "tiny", "--dir", temp.resolve("company/demo").toString());
    }

    @Test
    void aDemoUnderUmask000LeavesOnlyOwnerOnlyFilesAndNoExchangeCopies() throws Exception {
        assertThat(demo.exitCode()).as(demo.output()).isZero();
        Map<String, String> modes = modes(temp.resolve("company"));
        // What the demo made, so that the check below cannot pass on an empty folder.
        assertThat(modes).containsKeys("company", "company/demo", "company/demo/warehouse.duckdb",
                "company/demo/warehouse.duckdb.batch.mv.db", "company/demo/phone.key",
                "company/demo/source/customer.csv",
                "company/demo/source/payroll.csv", "company/demo/warehouse.duckdb.work",
                "company/demo/reports/staff-attrition");
        assertThat(modes.keySet())
                .anyMatch(p -> p.matches("company/demo/reports/claim-totals/[0-9-]+/claim-totals_.*_en\\.pdf"));
        modes.forEach((path, mode) -> assertThat(mode).as(path)
                .isEqualTo(Files.isDirectory(temp.resolve(path)) ? "700" : "600"));
        // The Parquet copies Spark read and wrote are gone once the run ended.
        assertThat(modes.keySet()).noneMatch(p -> p.startsWith("company/demo/warehouse.duckdb.work/")
                && Files.isRegularFile(temp.resolve(p)));
    }

    @Test
    void aReportsGroupReadsTheArchiveWhenConfiguredAndNothingElse() throws Exception {
        Path warehouse = temp.resolve("company/demo/warehouse.duckdb");
        Path config = temp.resolve("dw.yaml");
        Files.writeString(config, "reports:\n  groupReadable: true\n", StandardCharsets.UTF_8);
        String period;
        try (Stream<Path> periods = Files.list(temp.resolve("company/demo/reports/claim-totals"))) {
            period = periods.findFirst().orElseThrow().getFileName().toString();
        }

        Child report = underUmask("077", "report", "claim-totals", "--period", period, "--config", config.toString(),
                "--warehouse", warehouse.toString(), "--out", temp.resolve("archive/claims").toString());

        assertThat(report.exitCode()).as(report.output()).isZero();
        assertThat(modes(temp.resolve("archive"))).isEqualTo(Map.of(
                "archive", "750", "archive/claims", "750",
                "archive/claims/claim-totals_" + period + "_en.pdf", "640"));
        assertThat(modes(temp.resolve("company"))).containsEntry("company/demo/warehouse.duckdb", "600");
    }

    @Test
    void withoutAPhoneKeyALoadStopsInOneSentenceBeforeWritingAnything() throws Exception {
        Path warehouse = temp.resolve("keyless").resolve("warehouse.duckdb");

        Child load = run("077", false, "etl", "--from", "csv:" + temp.resolve("company/demo/source"),
                "--warehouse", warehouse.toString());

        assertThat(load.exitCode()).isNotZero();
        assertThat(load.output()).isEqualTo("dw: no phone key: customers' phones are kept as keyed hashes; set"
                + " DW_PHONE_KEY or name a file only you can read in etl.phoneKeyFile (make a key with"
                + " 'openssl rand -hex 32')\n");
        assertThat(warehouse.getParent()).doesNotExist();
    }

    /** Every file and folder under {@code root} (itself included), by its path from {@code root}'s parent. */
    private static Map<String, String> modes(Path root) throws IOException, InterruptedException {
        Process find = new ProcessBuilder("find", root.getFileName().toString(), "-exec", "stat", "-c", "%a %n", "{}",
                "+").directory(root.getParent().toFile()).redirectErrorStream(true).start();
        String listing = new String(find.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(find.waitFor()).as(listing).isZero();
        Map<String, String> modes = new TreeMap<>();
        for (String line : listing.split("\n")) {
            int space = line.indexOf(' ');
            modes.put(line.substring(space + 1), line.substring(0, space));
        }
        return modes;
    }

    record Child(int exitCode, String output) {
    }

    /** The command line in a JVM of its own, started from a shell whose umask is {@code umask}. */
    private static Child underUmask(String umask, String... args) throws IOException, InterruptedException {
        return run(umask, true, args);
    }

    /** As {@link #underUmask}; without {@code phoneKey}, the phone key the build gives tests is taken away. */
    private static Child run(String umask, boolean phoneKey, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "-c", "umask " + umask + " && exec \"$@\"", "dw",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true",
                "-Xmx2g"));
        // Spark's openings of the JDK, as this JVM was given them
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("-Dio.netty") || a.startsWith("-Djdk.reflect")
                        || a.startsWith("-Duser.timezone"))
                .toList());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Dw.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (!phoneKey) {
            builder.environment().remove("DW_PHONE_KEY");
        }
        Process child = builder.start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Child(child.exitValue(), output);
    }
}
