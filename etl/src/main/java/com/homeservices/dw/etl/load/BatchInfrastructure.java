package com.homeservices.dw.etl.load;

import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
 * Spring Batch's job repository and operator. By default the repository is an embedded H2 file beside the warehouse
 * ({@code <warehouse>.batch.mv.db}) so that job history survives between runs; it can live in PostgreSQL instead.
 * DuckDB has no Spring Batch schema and allows one writer, so the history does not live in the warehouse itself.
 */
public final class BatchInfrastructure {

    private final JobRepository jobRepository;
    private final JobOperator jobOperator;
    private final PlatformTransactionManager transactionManager;

    private BatchInfrastructure(DataSource dataSource, String databaseType, String schemaScript) {
        try {
            createSchemaIfAbsent(dataSource, schemaScript);
            this.transactionManager = new DataSourceTransactionManager(dataSource);
            JdbcJobRepositoryFactoryBean repositoryFactory = new JdbcJobRepositoryFactoryBean();
            repositoryFactory.setDataSource(dataSource);
            repositoryFactory.setTransactionManager(transactionManager);
            repositoryFactory.setDatabaseType(databaseType);
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

    private static final String H2_SCHEMA = "org/springframework/batch/core/schema-h2.sql";
    private static final String POSTGRES_SCHEMA = "org/springframework/batch/core/schema-postgresql.sql";

    /** History kept in an H2 file next to the warehouse file. */
    public static BatchInfrastructure beside(Path warehouseFile) {
        String base = warehouseFile.toAbsolutePath() + ".batch";
        // Created owner-only before H2 opens it (H2 takes an empty file as a new store and keeps its mode).
        Path store = Path.of(base + ".mv.db");
        try {
            // the first load in a new folder: the warehouse's folder may not exist yet
            PrivateFiles.folder(store.getParent());
            if (!Files.exists(store)) {
                PrivateFiles.newOutputStream(store, PrivateFiles.Access.OWNER).close();
            }
            PrivateFiles.restrict(store);
        } catch (IOException | UncheckedIOException e) {
            throw new DwException("cannot create the Spring Batch job history " + store + ": " + e.getMessage(), e);
        }
        return new BatchInfrastructure(new DriverManagerDataSource("jdbc:h2:file:" + base + ";DB_CLOSE_DELAY=-1;WRITE_DELAY=0", "sa", ""),
                "H2", H2_SCHEMA);
    }

    /** History that lives as long as this JVM, for an in-memory warehouse. */
    public static BatchInfrastructure inMemory() {
        return new BatchInfrastructure(new DriverManagerDataSource(
                "jdbc:h2:mem:batch-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", ""), "H2", H2_SCHEMA);
    }

    /**
     * History in a PostgreSQL database (its tables created when absent), for a company that keeps its operations
     * there; the password, if any, comes as for a source.
     */
    public static BatchInfrastructure onPostgres(String jdbcUrl, java.util.Properties connectionProperties) {
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new DwException("the job repository must be a PostgreSQL database (jdbc:postgresql://…), not " + jdbcUrl);
        }
        DriverManagerDataSource dataSource = new DriverManagerDataSource(jdbcUrl);
        dataSource.setConnectionProperties(connectionProperties);
        return new BatchInfrastructure(dataSource, "POSTGRES", POSTGRES_SCHEMA);
    }

    private static void createSchemaIfAbsent(DataSource dataSource, String schemaScript) {
        Integer tables = new JdbcTemplate(dataSource).queryForObject(
                "select count(*) from information_schema.tables where upper(table_name) = 'BATCH_JOB_INSTANCE'",
                Integer.class);
        if (tables == null || tables == 0) {
            new ResourceDatabasePopulator(new ClassPathResource(schemaScript)).execute(dataSource);
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
