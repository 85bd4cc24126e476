package com.homeservices.dw.jobs.chains;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an operator sees of a long command: timestamped lines in a log, a line redrawn in place on a terminal. */
class ProgressTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-11-30T18:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return SHANGHAI;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aLogGetsEachStepStampedInCompanyTimeAndALongTaskRowsEveryTenSeconds() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        HandClock clock = new HandClock();
        ProgressLines lines = new ProgressLines(new PrintStream(bytes, true, StandardCharsets.UTF_8), clock);

        lines.begin("extracting booking");
        clock.advance(Duration.ofSeconds(9));
        lines.rows(90_000);                 // under ten seconds since the task began: not printed
        clock.advance(Duration.ofSeconds(1));
        lines.rows(120_000);                // ten seconds: printed, 12,000 rows/s
        clock.advance(Duration.ofSeconds(5));
        lines.rows(150_000);                // five seconds after the last: not printed
        clock.advance(Duration.ofSeconds(10));
        lines.rows(400_000);                // 25 s in: 16,000 rows/s
        lines.accept("loaded booking: 400,000 rows in 25.0 s (16,000 rows/s)");
        clock.advance(Duration.ofSeconds(30));
        lines.rows(500_000);                // no task runs any more: nothing

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "2026-12-01 02:00:00 extracting booking",
                "2026-12-01 02:00:10 extracting booking: 120,000 rows so far, 12,000 rows/s, 10 s",
                "2026-12-01 02:00:25 extracting booking: 400,000 rows so far, 16,000 rows/s, 25 s",
                "2026-12-01 02:00:25 loaded booking: 400,000 rows in 25.0 s (16,000 rows/s)");
    }

    @Test
    void aTerminalSeesTheRunningTaskRedrawnInPlaceThenReplacedByTheLineThatReportsIt() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBarDisplay display = new ProgressBarDisplay(new PrintStream(bytes, true, StandardCharsets.UTF_8), 80);

        display.accept("outlets 20, staff 2048, customers 30000");
        display.begin("extracting booking");
        display.rows(1_234_567);
        display.accept("loaded booking: 1,234,567 rows in 30.0 s (41,152 rows/s)");
        display.begin("computing claim totals (2026-11-01 to 2026-11-30), a long name that runs past the width");
        display.accept("computed claim totals in 0.1 s");

        String out = bytes.toString(StandardCharsets.UTF_8);
        // lines that stay: only the steps' own, in order
        List<String> kept = Arrays.stream(out.split("\n")).map(l -> l.substring(l.lastIndexOf('\r') + 1)).toList();
        assertThat(kept).containsExactly("outlets 20, staff 2048, customers 30000",
                "loaded booking: 1,234,567 rows in 30.0 s (41,152 rows/s)", "computed claim totals in 0.1 s");
        // drawn in place: the task with its rows, and never past the terminal's width
        List<String> drawn = Arrays.stream(out.split("[\r\n]")).filter(s -> !s.isBlank()).toList();
        assertThat(drawn).anyMatch(s -> s.matches("[|/\\-\\\\] extracting booking  1,234,567 rows  [0-9,]+ rows/s  0:0\\d"));
        // a name too long for the terminal is cut, never the time
        assertThat(drawn).anyMatch(s -> s.matches("\\| computing claim totals \\(2026-11-01 to 2026-11-30\\), a [a-z ]+\\.\\.\\.  0:00"));
        assertThat(drawn).allMatch(s -> s.length() <= 79, "each drawing fits 79 columns");
    }
}
