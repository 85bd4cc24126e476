package com.homeservices.dw.jobs.cli;

import com.homeservices.dw.jobs.config.DwConfig;
import com.homeservices.dw.jobs.web.ArchiveServer;
import com.homeservices.dw.jobs.web.Readers;
import com.homeservices.dw.warehouse.DwException;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./dw serve}: the report archive as a read-only web application for the readers in dw.yaml. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the report archive, the run history and each report's figures (each explained) to the"
                + " readers in dw.yaml, read-only, on 127.0.0.1 unless serve.bind says otherwise.")
final class ServeCommand implements Callable<Integer> {

    /** The shortest password a reader may be given. */
    static final int SHORTEST_PASSWORD = 12;

    @Mixin
    CommonOptions common;

    @Option(names = "--port", paramLabel = "N", description = "The port (default: serve.port, 8080).")
    Integer port;

    @Option(names = "--hash-password", description = "Read a password on standard input and print its bcrypt hash for"
            + " a recipient's passwordHash in dw.yaml; serve nothing.")
    boolean hashPassword;

    @Override
    public Integer call() throws InterruptedException {
        if (port != null && (port < 0 || port > 65535)) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, not " + port);
        }
        if (hashPassword) {
            System.out.println(Readers.hash(readPassword()));
            return 0;
        }
        DwConfig loaded = common.existingWarehouseConfig();
        DwConfig config = port == null ? loaded : loaded.withServe(loaded.serve().withPort(port));
        if (new Readers(config.recipients()).isEmpty()) {
            throw new DwException("no reader may sign in: give a recipient a passwordHash in the configuration file"
                    + " (./dw serve --hash-password makes one)");
        }
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
        try (ArchiveServer server = ArchiveServer.start(config, line -> System.err.println(Dw.shown(line)))) {
            System.out.println("serving the report archive on http://" + config.serve().bind() + ":" + server.port()
                    + "/ (Ctrl-C to stop)");
            stop.await();
        }
        return 0;
    }

    /** The password, from the console without echo, or the first line of standard input (a script's pipe). */
    private static String readPassword() {
        Console console = System.console();
        String password;
        if (console != null) {
            char[] typed = console.readPassword("password: ");
            password = typed == null ? "" : new String(typed);
        } else {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                password = line == null ? "" : line;
            } catch (IOException e) {
                throw new DwException("cannot read the password: " + e.getMessage(), e);
            }
        }
        if (password.length() < SHORTEST_PASSWORD) {
            throw new IllegalArgumentException("a reader's password needs at least " + SHORTEST_PASSWORD
                    + " characters");
        }
        return password;
    }
}
