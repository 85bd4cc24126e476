package com.homeservices.dw.jobs.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.policy.CompanyPolicy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.time.Duration;

/** Another JVM holding the warehouse open to write, as the scheduler does during a run, until closed. */
final class WarehouseWriter implements AutoCloseable {
    private final Process process;

    private WarehouseWriter(Process process) {
        this.process = process;
    }

    /** A writer that has the warehouse. */
    static WarehouseWriter holding(Path file) throws IOException {
        WarehouseWriter writer = starting(file);
        writer.awaitHolding();
        return writer;
    }

    /** A writer started, waiting for the warehouse as the scheduler does (up to 30 s). */
    static WarehouseWriter starting(Path file) throws IOException {
        return new WarehouseWriter(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), WarehouseWriter.class.getName(),
                file.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start());
    }

    /** Returns once the writer has the warehouse; fails if it gave up. */
    void awaitHolding() throws IOException {
        String line = new BufferedReader(new InputStreamReader(process.getInputStream())).readLine();
        assertThat(line).as("the writer's first line").isEqualTo("holding");
    }

    public static void main(String[] args) throws IOException {
        // as the scheduler opens it: waiting while a reader has it
        try (Warehouse warehouse = Warehouse.open(Path.of(args[0]), CompanyPolicy.defaults(),
                Duration.ofSeconds(30), notice -> { })) {
            System.out.println("holding");
            System.out.flush();
            System.in.read();
        }
    }

    @Override
    public void close() throws IOException {
        process.getOutputStream().close();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
