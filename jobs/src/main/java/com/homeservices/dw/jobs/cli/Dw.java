package com.homeservices.dw.jobs.cli;

import com.homeservices.dw.warehouse.DwException;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** {@code ./dw}: the one launcher of the warehouse (cli.md). */
@Command(name = "dw", mixinStandardHelpOptions = true, version = "dw 0.1.0",
        description = "A reporting and analytics data warehouse for home-services companies.",
        subcommands = {DemoCommand.class, GenerateCommand.class, EtlCommand.class, ReconcileCommand.class,
                AnalyzeCommand.class,
                ReportCommand.class, ScheduleCommand.class, StatusCommand.class, BackfillCommand.class,
                ExplainCommand.class, ServeCommand.class, UpgradeCommand.class, RekeyPhonesCommand.class})
public final class Dw implements Runnable {

    /** An operator's mistake or an environment problem the message explains. */
    static final int EXIT_ERROR = 1;
    /** A wrong argument. */
    static final int EXIT_USAGE = 2;
    /** A bug: the stack trace is shown with --verbose. */
    static final int EXIT_BUG = 3;

    /** The longest word an error shows whole: room for any real path, not for a flood. */
    private static final int LONGEST_WORD = 200;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code; errors end as one sentence on stderr. */
    public static int execute(String... args) {
        CommandLine commandLine = new CommandLine(new Dw());
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("dw: " + shown(e.getMessage()) + " (see '"
                    + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return EXIT_USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            boolean verbose = parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"))
                    || parseResult.hasMatchedOption("--verbose");
            PrintWriter err = cmd.getErr();
            if (verbose) {
                e.printStackTrace(err);
            }
            if (e instanceof DwException || e instanceof IllegalArgumentException) {
                err.println("dw: " + shown(e.getMessage()));
                return e instanceof IllegalArgumentException ? EXIT_USAGE : EXIT_ERROR;
            }
            err.println("dw: unexpected " + e.getClass().getSimpleName() + ": " + shown(e.getMessage())
                    + (verbose ? "" : " (run again with --verbose for the details)"));
            return EXIT_BUG;
        });
        return commandLine.execute(args);
    }

    /**
     * A message as the operator sees it: one line, whatever a wrong argument it quotes held (a control character
     * shows as '?', a word longer than {@value #LONGEST_WORD} characters is cut), so a crafted value cannot forge
     * lines or flood a log.
     */
    static String shown(String message) {
        if (message == null) {
            return "(no message)";
        }
        StringBuilder line = new StringBuilder();
        int word = 0;
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            word = Character.isWhitespace(c) ? 0 : word + 1;
            if (word == LONGEST_WORD + 1) {
                line.append("...");
            } else if (word <= LONGEST_WORD) {
                line.append(Character.isISOControl(c) ? '?' : c);
            }
        }
        return line.toString();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
