package com.homeservices.dw.jobs.chains;

import com.homeservices.dw.warehouse.DwClock;
import com.homeservices.dw.warehouse.Progress;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressState;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * What a long command is doing, for an operator at a terminal: the running task as a live status line (rows so far,
 * rate, elapsed) redrawn in place by the progress-bar library, and each finished step as a line that stays. A task's
 * row count is not known ahead, so the line counts up rather than filling a bar.
 */
public final class ProgressBarDisplay implements Progress {

    private static final String SPINNER = "|/-\\";

    private final PrintStream out;
    private final int width;
    private ProgressBar bar;

    /** @param width the terminal's columns; the bar never runs past them, so a redraw never wraps */
    public ProgressBarDisplay(PrintStream out, int width) {
        this.out = out;
        this.width = width;
    }

    /**
     * For the operator: a bar when standard error is a terminal (asked of JLine, which Java 17 cannot tell for
     * standard error alone), timestamped lines when it goes to a file or a log.
     */
    public static Progress onStandardError(ZoneId zone) {
        try (Terminal terminal = TerminalBuilder.builder().system(true).systemOutput(TerminalBuilder.SystemOutput.SysErr)
                .dumb(true).jansi(false).build()) {
            if (!Terminal.TYPE_DUMB.equals(terminal.getType()) && !Terminal.TYPE_DUMB_COLOR.equals(terminal.getType())
                    && terminal.getWidth() >= 40) {
                return new ProgressBarDisplay(System.err, terminal.getWidth());
            }
        } catch (IOException | RuntimeException e) {
            // no terminal to be had: a log it is
        }
        return new ProgressLines(System.err, DwClock.in(zone));
    }

    @Override
    public synchronized void accept(String line) {
        end();
        out.println(line);
        out.flush();
    }

    @Override
    public synchronized void begin(String task) {
        end();
        bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(-1)
                .setRenderer(ProgressBarDisplay::render)
                .continuousUpdate()
                .setUpdateIntervalMillis(250)
                .setConsumer(new InPlace(out, width - 1))
                .build();
    }

    @Override
    public synchronized void rows(long soFar) {
        if (bar != null) {
            bar.stepTo(soFar);
        }
    }

    /**
     * {@code | extracting booking  1,234,567 rows  41,152 rows/s  0:30}: a turning mark so a long silent step still
     * shows it is alive, the rows and rate once the task reports any, and the time since it began. A task name too
     * long for the terminal is cut, never the figures.
     */
    static String render(ProgressState state, int width) {
        Duration elapsed = state.getElapsedAfterStart();
        long millis = Math.max(elapsed.toMillis(), 1);
        StringBuilder figures = new StringBuilder();
        if (state.getCurrent() > 0) {
            figures.append(String.format(Locale.ROOT, "  %,d rows  %,.0f rows/s", state.getCurrent(),
                    state.getCurrent() * 1000.0 / millis));
        }
        figures.append(String.format(Locale.ROOT, "  %d:%02d", elapsed.toMinutes(), elapsed.toSecondsPart()));
        String mark = SPINNER.charAt((int) (millis / 250 % SPINNER.length())) + " ";
        String task = state.getTaskName();
        int room = width - mark.length() - figures.length();
        if (task.length() > room) {
            task = task.substring(0, Math.max(room - 3, 0)) + "...";
        }
        String line = mark + task + figures;
        return line.length() <= width ? line : line.substring(0, width);
    }

    /** Clears the bar of the task that ended, so the line that reports it takes its place. */
    private void end() {
        if (bar != null) {
            // close() waits for the last drawing; the library clears only a bar it drew twice, so clear here
            bar.close();
            bar = null;
            out.print("\r" + " ".repeat(width - 1) + "\r");
        }
    }

    /** Draws the bar on one row and, when it ends, leaves the cursor there for the line that replaces it. */
    private static final class InPlace extends ConsoleProgressBarConsumer {

        private final PrintStream out;

        InPlace(PrintStream out, int width) {
            super(out, width);
            this.out = out;
        }

        @Override
        public void close() {
            out.flush();
        }
    }
}
