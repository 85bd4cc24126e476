package com.homeservices.dw.etl.load;

import com.homeservices.dw.warehouse.DwException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Spring Batch's job repository and operator. The repository is an embedded H2 file beside the warehouse
 * ({@code <warehouse>.batch.mv.db}) so that job history survives between runs; DuckDB has no Spring Batch schema
 * and allows one writer, so the history does not live in the warehouse itself.
 */
public final class BatchInfrastructure {

    private final JobRepository jobRepository;
    private final JobOperator jobOperator;
    private final PlatformTransactionManager transactionManager;

    private BatchInfrastructure(DataSource dataSource) {
        try {
            createSchemaIfAbsent(dataSource);
            this.transactionManager = new DataSourceTransactionManager(dataSource);
            JdbcJobRepositoryFactoryBean repositoryFactory = new JdbcJobRepositoryFactoryBean();
            repositoryFactory.setDataSource(dataSource);
            repositoryFactory.setTransactionManager(transactionManager);
            repositoryFactory.setDatabaseType("H2");
            repositoryFactory.afterPropertiesSet();
            this.jobRepository = repositoryFactory.getObject();
            TaskExecutorJobOperator operator = new TaskExecutorJobOperator();
            operator.setJobRepository(jobRepository);
            operator.setJobRegistry(new MapJobRegistry());
            operator.afterPropertiesSet();
            this.jobOperator = operator;
        } catch (Exception e) {
            throw new DwException("cannot open the Spring Batch job history: " + e.getMessage(), e);
        }
    }

    /** History kept in an H2 file next to the warehouse file. */
    public static BatchInfrastructure beside(Path warehouseFile) {
        String base = warehouseFile.toAbsolutePath() + ".batch";
        return new BatchInfrastructure(new DriverManagerDataSource("jdbc:h2:file:" + base + ";DB_CLOSE_DELAY=0", "sa", ""));
    }

    /** History that lives as long as this JVM, for an in-memory warehouse. */
    public static BatchInfrastructure inMemory() {
        return new BatchInfrastructure(new DriverManagerDataSource(
                "jdbc:h2:mem:batch-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", ""));
    }

    private static void createSchemaIfAbsent(DataSource dataSource) {
        Integer tables = new JdbcTemplate(dataSource).queryForObject(
                "select count(*) from information_schema.tables where upper(table_name) = 'BATCH_JOB_INSTANCE'",
                Integer.class);
        if (tables == null || tables == 0) {
            new ResourceDatabasePopulator(new ClassPathResource("org/springframework/batch/core/schema-h2.sql"))
                    .execute(dataSource);
        }
    }

    public JobRepository jobRepository() {
        return jobRepository;
    }

    public JobOperator jobOperator() {
        return jobOperator;
    }

    public PlatformTransactionManager transactionManager() {
        return transactionManager;
    }
}
