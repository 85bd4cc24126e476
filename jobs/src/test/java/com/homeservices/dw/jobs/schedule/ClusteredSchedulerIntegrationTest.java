package com.homeservices.dw.jobs.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.homeservices.dw.etl.testing.TestDatabases;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two real scheduler processes on one Quartz job store in a real PostgreSQL database: a trigger both know fires once,
 * on one of them.
 */
class ClusteredSchedulerIntegrationTest {

    @Test
    void twoSchedulersOnOneJobStoreFireATriggerOnce() throws Exception {
        try (TestDatabases.Database store = TestDatabases.postgres()) {
            try (Connection c = DriverManager.getConnection(store.url()); Statement s = c.createStatement()) {
                s.execute("create table probe (instance text not null)");
            }
            long fireAt = System.currentTimeMillis() + 8000;
            List<Process> schedulers = new ArrayList<>();
            List<String> instances = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Process process = new ProcessBuilder("java", "-cp", System.getProperty("java.class.path"),
                        ClusteredSchedulerProcess.class.getName(), store.url(), Long.toString(fireAt))
                        .redirectErrorStream(true).start();
                schedulers.add(process);
            }
            for (Process process : schedulers) {
                BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8));
                StringBuilder printed = new StringBuilder();
                String line;
                while ((line = out.readLine()) != null) {
                    printed.append(line).append('\n');
                    if (line.startsWith("started ")) {
                        instances.add(line.substring("started ".length()));
                    }
                }
                assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(process.exitValue()).as(printed.toString()).isZero();
            }

            assertThat(instances).hasSize(2).doesNotHaveDuplicates();
            try (Connection c = DriverManager.getConnection(store.url()); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select instance from probe")) {
                List<String> fired = new ArrayList<>();
                while (rs.next()) {
                    fired.add(rs.getString(1));
                }
                assertThat(fired).singleElement().isIn(instances);
            }
        }
    }
}
