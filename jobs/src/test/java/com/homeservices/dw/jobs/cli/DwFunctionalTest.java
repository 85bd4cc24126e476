package com.homeservices.dw.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.homeservices.dw.etl.testing.SourceCsvEdits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's one-sentence errors, and reconcile's exit code (the demo and reports: ReportCommandFunctionalTest). */
class DwFunctionalTest {

    @TempDir
    Path temp;

    /** What a command printed and how it ended. */
    record Run(int exitCode, String out, String err) {
    }

    static Run dw(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Dw.execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    @Test
    void reconcileNamesAnOrderKeptAtItsLastGoodVersionAndWhy() throws IOException {
        Path source = temp.resolve("source");
        Path warehouse = temp.resolve("w.duckdb");
        assertThat(dw("generate", "--tier", "tiny", "--to", "csv:" + source, "--until", "2026-11-22").exitCode())
                .isZero();
        assertThat(dw("etl", "--from", "csv:" + source, "--warehouse", warehouse.toString()).exitCode()).isZero();
        // order 1 as generated, loaded; then changed at the source to a negative amount, which the next load rejects
        java.util.List<String> lines = Files.readAllLines(source.resolve("service_order.csv"));
        java.util.List<String> header = java.util.List.of(lines.get(0).split(","));
        String[] order = lines.get(1).split(",");
        SourceCsvEdits.change(source.resolve("service_order.csv"), "1", "amount", "-50.00");
        assertThat(dw("etl", "--from", "csv:" + source, "--warehouse", warehouse.toString()).exitCode()).isZero();

        Run reconcile = dw("reconcile", "--from", "csv:" + source, "--warehouse", warehouse.toString());

        assertThat(reconcile.exitCode()).isEqualTo(1);
        assertThat(reconcile.out()).contains("service_order: 1 row is kept at its last loaded version; the source's"
                + " newer one was rejected:\n  order_no " + order[header.indexOf("order_no")] + " (id 1): rejected in run 2 (negative_amount: a"
                + " quantity or amount is negative); the warehouse keeps run 1's; amount "
                + order[header.indexOf("amount")] + " kept,"
                + " -50.00 at the source\n  counting each of them once, as its rejected source version, the table"
                + " balances\n");
        assertThat(reconcile.err()).isEqualTo("dw: the warehouse differs from the source in service_order (1 row kept"
                + " at the last loaded version while the source's newer one is rejected, listed above)\n");
    }

    @Test
    void reconcileExitsNonZeroWhenTheSourceHasMoreThanTheWarehouse() throws IOException {
        Path source = temp.resolve("source");
        Path warehouse = temp.resolve("w.duckdb");
        assertThat(dw("generate", "--tier", "tiny", "--to", "csv:" + source, "--dirty", "0.02", "--until",
                "2026-11-22").exitCode()).isZero();
        Run load = dw("etl", "--from", "csv:" + source, "--warehouse", warehouse.toString());
        assertThat(load.exitCode()).isZero();
        // each table's steps as timestamped lines on stderr (not a terminal), the rows and the rate when it is done
        assertThat(load.err()).containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} extracting claim\n")
                .containsPattern("\\d{2}:\\d{2}:\\d{2} loaded claim: [\\d,]+ rows in \\d+\\.\\d s \\([\\d,]+ rows/s\\)\n");

        Run balanced = dw("reconcile", "--from", "csv:" + source, "--warehouse", warehouse.toString());
        Files.writeString(source.resolve("hq_expense.csv"), "999,2030-01-01,100.00,2030-01-05 17:00:00\n",
                java.nio.file.StandardOpenOption.APPEND);
        Run differing = dw("reconcile", "--from", "csv:" + source, "--warehouse", warehouse.toString());

        assertThat(balanced.exitCode()).as(balanced.err()).isZero();
        assertThat(balanced.out()).contains("no difference");
        assertThat(differing.exitCode()).isEqualTo(1);
        // The same counts as before, but for one more row in the source and the difference it makes.
        Matcher before = Pattern.compile("hq_expense\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+0\\n").matcher(balanced.out());
        assertThat(before.find()).as(balanced.out()).isTrue();
        assertThat(differing.out()).containsPattern("hq_expense\\s+" + (Long.parseLong(before.group(1)) + 1) + "\\s+"
                + before.group(2) + "\\s+" + before.group(3) + "\\s+1\\n");
        // and which row it is, by id
        assertThat(differing.out()).contains("hq_expense: 1 source row is neither loaded nor rejected (added since the"
                + " last load?): id 999\n");
        assertThat(differing.err()).isEqualTo("dw: the warehouse differs from the source in hq_expense (1 not loaded"
                + " yet, listed above)\n");
    }

    @Test
    void theFirstLoadMakesTheWarehousesFolder() throws IOException {
        Path source = temp.resolve("source");
        Path warehouse = temp.resolve("data").resolve("warehouse.duckdb");
        assertThat(dw("generate", "--tier", "tiny", "--to", "csv:" + source, "--until", "2026-11-22").exitCode())
                .isZero();

        Run load = dw("etl", "--from", "csv:" + source, "--warehouse", warehouse.toString());

        assertThat(load.exitCode()).as(load.err()).isZero();
        assertThat(warehouse).isRegularFile();
        assertThat(warehouse.resolveSibling("warehouse.duckdb.batch.mv.db")).isRegularFile();
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(warehouse.getParent()))).isEqualTo("rwx------");
    }

    @Test
    void aWrongArgumentIsOneSentenceAndExitTwo() {
        Run run = dw("report", "no-such-report", "--period", "2024-01-01", "--warehouse",
                temp.resolve("w.duckdb").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("dw: unknown report 'no-such-report': the reports are claim-totals,"
                + " outlet-profitability, premium-customers, product-mix, staff-attrition, complaint-handling,"
                + " attendance-summary\n");
    }

    @Test
    void aWarehouseThatDoesNotExistIsRefusedNotCreatedEmpty() {
        Path typo = temp.resolve("wrehouse.duckdb");

        Run report = dw("report", "claim-totals", "--period", "2026-11-02", "--warehouse", typo.toString());
        Run analyze = dw("analyze", "--warehouse", typo.toString());

        String sentence = "dw: the warehouse " + typo + " does not exist: load one first with ./dw etl --from"
                + " csv:DIR|jdbc:URL --warehouse " + typo + "\n";
        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(report.err()).isEqualTo(sentence);
        assertThat(analyze.exitCode()).isEqualTo(1);
        assertThat(analyze.err()).isEqualTo(sentence);
        assertThat(typo).doesNotExist();
    }

    @Test
    void aPeriodThatWasLoadedButNotComputedIsRefusedNamingTheAnalyzeToRun() throws IOException {
        Path source = temp.resolve("source");
        Path warehouse = temp.resolve("w.duckdb");
        assertThat(dw("generate", "--tier", "tiny", "--to", "csv:" + source, "--until", "2026-11-22").exitCode())
                .isZero();
        assertThat(dw("etl", "--from", "csv:" + source, "--warehouse", warehouse.toString()).exitCode()).isZero();

        Run run = dw("report", "claim-totals", "--period", "2026-11-02", "--warehouse", warehouse.toString(),
                "--out", temp.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("dw: claim-totals for the fortnight 2026-11-02 has not been computed: run"
                + " ./dw analyze --from 2026-11-02 --to 2026-11-02 --warehouse " + warehouse + " first\n");
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void aMissingOptionIsOneSentenceAndExitTwo() {
        Run run = dw("etl");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("dw: Missing required option: '--from=csv:DIR|jdbc:URL' (see 'dw etl --help')\n");
    }

    @Test
    void aMissingSourceFolderIsOneSentenceAndExitOne() {
        Path nowhere = temp.resolve("nowhere");

        Run run = dw("etl", "--from", "csv:" + nowhere, "--warehouse", temp.resolve("w.duckdb").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("dw: the source folder " + nowhere + " does not exist\n");
    }

    @Test
    void aBadConfigurationIsOneSentenceAndExitOne() throws IOException {
        Path config = temp.resolve("dw.yaml");
        Files.writeString(config, "warehose: x.duckdb\n");

        Run run = dw("analyze", "--config", config.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("dw: " + config + ": unknown setting 'warehose'\n");
    }

    @Test
    void aRecipientOfAReportThatCannotBeCutToTheirScopeIsRefusedAtStart() throws IOException {
        Path config = temp.resolve("dw.yaml");
        Files.writeString(config, """
                recipients:
                  - id: hh-admin
                    email: admin@example.com
                    scope: outlet:SH-HH-001
                    reports: [attendance-summary, premium-customers]
                """);

        Run run = dw("schedule", "--config", config.toString(), "--from", "csv:" + temp);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("dw: recipient hh-admin: premium-customers cannot be cut to outlet:SH-HH-001\n");
    }

    @Test
    void verboseShowsTheStackTraceToo() {
        Run run = dw("etl", "--from", "csv:" + temp.resolve("nowhere"), "--warehouse",
                temp.resolve("w.duckdb").toString(), "--verbose");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("com.homeservices.dw.warehouse.DwException", "\tat ")
                .endsWith("dw: the source folder " + temp.resolve("nowhere") + " does not exist\n");
    }
}
