package com.homeservices.dw.jobs.cli;

import static com.homeservices.dw.jobs.cli.DwFunctionalTest.dw;
import static org.assertj.core.api.Assertions.assertThat;

import com.homeservices.dw.jobs.cli.DwFunctionalTest.Run;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.policy.CompanyPolicy;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command run while another process writes the warehouse waits for it, saying so once, instead of failing. */
class WarehouseLockFunctionalTest {

    @TempDir
    Path temp;

    @Test
    void statusWaitsForTheOtherProcessAndThenAnswers() throws Exception {
        Path file = temp.resolve("w.duckdb");
        Warehouse.open(file, CompanyPolicy.defaults()).close();
        Process holder = new ProcessBuilder("java", "-cp", System.getProperty("java.class.path"),
                HoldTheWarehouse.class.getName(), file.toString(), "3000").redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("holding");

            long start = System.nanoTime();
            Run status = dw("status", "--warehouse", file.toString());
            double waited = (System.nanoTime() - start) / 1e9;

            assertThat(status.exitCode()).as(status.err()).isZero();
            assertThat(status.err()).isEqualTo("dw: waiting for the warehouse " + file + ": another process is writing"
                    + " it (process " + holder.pid() + "); it is given up after 30 minutes\n");
            assertThat(status.out()).contains("data: never loaded", "next:");
            assertThat(waited).isGreaterThan(1.0);
        } finally {
            holder.waitFor();
        }
    }
}
