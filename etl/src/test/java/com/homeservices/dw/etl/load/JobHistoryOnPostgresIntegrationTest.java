package com.homeservices.dw.etl.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.homeservices.dw.etl.source.SourceLocation;
import com.homeservices.dw.etl.testing.Fixtures;
import com.homeservices.dw.etl.testing.TestDatabases;
import com.homeservices.dw.etl.testing.TestPhoneKey;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.policy.CompanyPolicy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobInstance;

/** Spring Batch's job history in PostgreSQL, when configured: created on first use, readable by the next process. */
class JobHistoryOnPostgresIntegrationTest {

    @TempDir
    Path temp;

    @Test
    void theLoadsHistoryLivesInPostgresAndOutlivesTheRepositoryThatWroteIt() throws Exception {
        Path folder = Fixtures.copy("handmade", temp);
        try (TestDatabases.Database history = TestDatabases.postgres();
             Warehouse warehouse = Warehouse.inMemory(CompanyPolicy.defaults())) {
            new LoadJob(warehouse, BatchInfrastructure.onPostgres(history.url(), new Properties()),
                    TestPhoneKey.KEY)
                    .run(SourceLocation.parse("csv:" + folder));

            BatchInfrastructure later = BatchInfrastructure.onPostgres(history.url(), new Properties());
            List<JobInstance> instances = later.jobRepository().getJobInstances("load", 0, 10);
            assertThat(instances).hasSize(1);
            assertThat(later.jobRepository().getLastJobExecution(instances.get(0)).getStatus())
                    .isEqualTo(BatchStatus.COMPLETED);
            List<String> steps = new ArrayList<>();
            try (Connection c = DriverManager.getConnection(history.url()); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select step_name, status from batch_step_execution"
                         + " order by step_execution_id")) {
                while (rs.next()) {
                    steps.add(rs.getString(1) + " " + rs.getString(2));
                }
            }
            assertThat(steps).hasSize(13).first().isEqualTo("load-business_unit COMPLETED");
            assertThat(steps).last().isEqualTo("load-hq_expense COMPLETED");
        }
    }

    @Test
    void aNewWarehouseLoadsAlthoughTheHistoryHoldsAnotherWarehousesRunOfTheSameNumber() throws Exception {
        Path folder = Fixtures.copy("handmade", temp);
        SourceLocation source = SourceLocation.parse("csv:" + folder);
        try (TestDatabases.Database history = TestDatabases.postgres()) {
            long firstOrders;
            try (Warehouse first = Warehouse.inMemory(CompanyPolicy.defaults())) {
                assertThat(new LoadJob(first, BatchInfrastructure.onPostgres(history.url(), new Properties()),
                        TestPhoneKey.KEY)
                        .run(source).runId()).isEqualTo(1);
                firstOrders = first.queryLong("select count(*) from fct_service_order");
            }
            // A replaced warehouse file beside a kept job history: its run 1 is not the old warehouse's run 1.
            try (Warehouse second = Warehouse.inMemory(CompanyPolicy.defaults())) {
                assertThat(new LoadJob(second, BatchInfrastructure.onPostgres(history.url(), new Properties()),
                        TestPhoneKey.KEY)
                        .run(source).runId()).isEqualTo(1);
                assertThat(second.queryLong("select count(*) from fct_service_order"))
                        .isPositive().isEqualTo(firstOrders);
            }
            assertThat(BatchInfrastructure.onPostgres(history.url(), new Properties()).jobRepository()
                    .getJobInstances("load", 0, 10)).hasSize(2);
        }
    }
}
