package com.homeservices.dw.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * No input becomes a path or SQL unchecked (docs/security.md): every place a command takes a name, a code or a
 * period, given a path's climb, an absolute path, a NUL byte or ten thousand characters, ends in one printable line
 * and exit 2, and writes nothing.
 */
class BadInputFunctionalTest {

    @TempDir
    Path temp;

    @TempDir
    Path configFolder;

    static final List<String> VALUES = List.of("../../evil", "/tmp/evil", "a\0b", "x".repeat(10_000));

    /** Each entry point, {@code V} where the value goes. */
    static final List<List<String>> ENTRY_POINTS = List.of(
            List.of("report", "V", "--period", "2026-11-16"),
            List.of("report", "claim-totals", "--period", "V"),
            List.of("report", "claim-totals", "--period", "2026-11-16", "--scope", "outlet:V"),
            List.of("report", "claim-totals", "--period", "2026-11-16", "--scope", "business-unit:V"),
            List.of("report", "claim-totals", "--period", "2026-11-16", "--lang", "V"),
            List.of("report", "claim-totals", "--period", "2026-11-16", "--format", "V"),
            List.of("backfill", "V", "--from", "2026-01-05", "--to", "2026-02-02"),
            List.of("backfill", "claim-totals", "--from", "V", "--to", "2026-02-02"),
            List.of("analyze", "--from", "V", "--to", "2026-02-28"),
            List.of("schedule", "--once", "V", "--from", "csv:SOURCE"),
            List.of("schedule", "--once", "claim-totals", "--period", "V", "--from", "csv:SOURCE"),
            List.of("schedule", "pause", "V"),
            List.of("schedule", "resume", "V"),
            List.of("schedule", "restart", "V"),
            List.of("explain", "V", "--period", "2026-11-16", "--row", "outlet:O1", "--figure", "claims_reported"),
            List.of("explain", "claim-totals", "--period", "V", "--row", "outlet:O1", "--figure", "claims_reported"),
            List.of("explain", "claim-totals", "--period", "2026-11-16", "--row", "outlet:V", "--figure",
                    "claims_reported"),
            List.of("explain", "claim-totals", "--period", "2026-11-16", "--row", "outlet:O1", "--figure", "V"),
            List.of("explain", "complaint-handling", "--period", "2026-11", "--row", "outlet:O1,kind:V", "--figure",
                    "received"),
            List.of("serve", "--port", "V"),
            List.of("demo", "--tier", "V", "--dir", "OUT"),
            List.of("generate", "--tier", "V", "--to", "csv:OUT"));

    static Stream<Arguments> entryPointsAndValues() {
        List<Arguments> all = new ArrayList<>();
        for (List<String> entry : ENTRY_POINTS) {
            for (String value : VALUES) {
                all.add(Arguments.of(String.join(" ", entry), value));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} with {index}")
    @MethodSource("entryPointsAndValues")
    void aCraftedValueIsOneLineAndExitTwoAndNothingIsWritten(String entry, String value) throws IOException {
        Path out = temp.resolve("out");
        Path warehouse = temp.resolve("w.duckdb");
        List<String> args = new ArrayList<>();
        for (String part : entry.split(" ")) {
            args.add(part.replace("V", value).replace("SOURCE", temp.resolve("source").toString())
                    .replace("OUT", out.toString()));
        }
        if (!entry.startsWith("demo") && !entry.startsWith("generate")) {
            args.addAll(List.of("--warehouse", warehouse.toString()));
        }
        if (entry.startsWith("report") || entry.startsWith("backfill")) {
            args.addAll(List.of("--out", out.toString()));
        }

        DwFunctionalTest.Run run = DwFunctionalTest.dw(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).startsWith("dw: ").endsWith("\n").hasSizeLessThan(1000);
        assertThat(run.err().substring(0, run.err().length() - 1)).doesNotContainPattern("\\p{Cntrl}");
        try (Stream<Path> written = Files.list(temp)) {
            assertThat(written).isEmpty();
        }
    }

    static Stream<Arguments> recipientFieldsAndValues() {
        List<Arguments> all = new ArrayList<>();
        for (String field : List.of("id", "scope", "report", "passwordHash")) {
            for (String value : VALUES) {
                all.add(Arguments.of(field, value));
            }
        }
        return all.stream();
    }

    /** A recipient's id (their archive folder), scope and reports come from the configuration: checked as strictly. */
    @ParameterizedTest(name = "recipient {0} with {index}")
    @MethodSource("recipientFieldsAndValues")
    void aCraftedRecipientIsOneLineAndNothingIsWritten(String field, String value) throws IOException {
        // YAML's double-quoted escapes carry the NUL byte into the value.
        String yaml = "\"" + value.replace("\0", "\\0") + "\"";
        Path config = Files.writeString(configFolder.resolve("dw.yaml"), String.join("\n",
                "recipients:",
                "  - id: " + (field.equals("id") ? yaml : "finance"),
                "    email: finance@example.com",
                "    scope: " + (field.equals("scope") ? yaml : "company"),
                "    reports: [" + (field.equals("report") ? yaml : "claim-totals") + "]",
                field.equals("passwordHash") ? "    passwordHash: " + yaml : "", ""));

        DwFunctionalTest.Run run = DwFunctionalTest.dw("schedule", "--once", "claim-totals", "--config",
                config.toString(), "--from", "csv:" + temp.resolve("source"), "--warehouse",
                temp.resolve("w.duckdb").toString());

        // A setting is not an argument: exit 1, as for any bad setting (README, "The command line").
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).startsWith("dw: ").endsWith("\n").hasSizeLessThan(1000);
        assertThat(run.err().substring(0, run.err().length() - 1)).doesNotContainPattern("\\p{Cntrl}");
        try (Stream<Path> written = Files.list(temp)) {
            assertThat(written).isEmpty();
        }
    }
}
