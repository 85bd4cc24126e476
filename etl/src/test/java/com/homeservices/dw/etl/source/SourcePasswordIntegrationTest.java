package com.homeservices.dw.etl.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.homeservices.dw.etl.generator.CompanyGenerator;
import com.homeservices.dw.etl.generator.JdbcSourceWriter;
import com.homeservices.dw.etl.generator.ScaleTier;
import com.homeservices.dw.etl.load.BatchInfrastructure;
import com.homeservices.dw.etl.load.LoadJob;
import com.homeservices.dw.etl.load.LoadResult;
import com.homeservices.dw.etl.testing.TestDatabases;
import com.homeservices.dw.etl.testing.TestPhoneKey;
import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.policy.CompanyPolicy;
import com.homeservices.dw.warehouse.testing.Rows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Source passwords come from the environment or an owner-only file, and never show in errors or the run history. */
class SourcePasswordIntegrationTest {

    private static final String SECRET = "s3cret-Pa55";

    @TempDir
    Path temp;

    @Test
    void aFileOthersCanReadIsRefused() throws Exception {
        Path file = passwordFile("rw-r--r--");

        assertThatThrownBy(() -> SourcePassword.resolve(Map.of(), file))
                .isInstanceOf(DwException.class)
                .hasMessage("the password file " + file + " can be read or changed by others than its owner;"
                        + " run 'chmod 600 " + file + "'");
    }

    @Test
    void theFileWinsOverTheEnvironmentAndNeitherPrints() throws Exception {
        Path file = passwordFile("rw-------");

        SourcePassword fromFile = SourcePassword.resolve(Map.of(SourcePassword.ENVIRONMENT_VARIABLE, "other"), file);
        SourcePassword fromEnvironment = SourcePassword.resolve(Map.of(SourcePassword.ENVIRONMENT_VARIABLE, SECRET), null);

        assertThat(fromFile.connectionProperties().getProperty("password")).isEqualTo(SECRET);
        assertThat(fromEnvironment.connectionProperties().getProperty("password")).isEqualTo(SECRET);
        assertThat(fromFile).hasToString("***");
        assertThat(SourcePassword.resolve(Map.of(), null).connectionProperties()).isEmpty();
    }

    @Test
    void aUrlCarryingAPasswordIsRefused() {
        assertThatThrownBy(() -> SourceLocation.parse("jdbc:mariadb://127.0.0.1:3306/ops?user=report&password=" + SECRET))
                .isInstanceOf(DwException.class)
                .hasMessage("the source URL carries a password; put it in DW_SOURCE_PASSWORD or in a file only you"
                        + " can read, named by etl.passwordFile")
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void aPasswordProtectedMariadbLoadsWithTheRightPasswordAndNamesNoPasswordWithTheWrongOne() throws Exception {
        try (TestDatabases.Database database = TestDatabases.mariadb()) {
            String user = "dw_pw_" + Long.toHexString(System.nanoTime());
            try (Connection admin = DriverManager.getConnection(TestDatabases.MARIADB_ADMIN);
                 Statement s = admin.createStatement()) {
                s.execute("create user '" + user + "'@'%' identified by '" + SECRET + "'");
                s.execute("grant all on " + database.name() + ".* to '" + user + "'@'%'");
            }
            try {
                String url = "jdbc:mariadb://127.0.0.1:3306/" + database.name() + "?user=" + user;
                SourcePassword right = SourcePassword.resolve(Map.of(), passwordFile("rw-------"));
                try (JdbcSourceWriter writer = new JdbcSourceWriter(url, right)) {
                    new CompanyGenerator(new CompanyGenerator.Settings(ScaleTier.TINY, 3L, 0, LocalDate.of(2026, 11, 22)),
                            line -> { }).generate(writer);
                }
                try (Warehouse warehouse = Warehouse.inMemory(CompanyPolicy.defaults())) {
                    LoadResult result = new LoadJob(warehouse, BatchInfrastructure.inMemory(), LoadJob.DEFAULT_MAX_AMOUNT,
                            LoadJob.DEFAULT_OVERLAP, right, TestPhoneKey.KEY, line -> { }).run(SourceLocation.parse(url));

                    assertThat(result.table("claim").extracted()).isPositive();
                    assertThat(Rows.of(warehouse, "select source from etl_run")).containsExactly(url);

                    SourcePassword wrong = SourcePassword.resolve(Map.of(SourcePassword.ENVIRONMENT_VARIABLE, "wrong-" + SECRET), null);
                    assertThatThrownBy(() -> new LoadJob(warehouse, BatchInfrastructure.inMemory(),
                            LoadJob.DEFAULT_MAX_AMOUNT, LoadJob.DEFAULT_OVERLAP, wrong, TestPhoneKey.KEY, line -> { })
                            .run(SourceLocation.parse(url)))
                            .isInstanceOf(DwException.class)
                            .hasMessageStartingWith("cannot reach the source " + url + ": ")
                            .hasMessageContaining("Access denied")
                            .hasMessageNotContaining(SECRET);
                }
            } finally {
                try (Connection admin = DriverManager.getConnection(TestDatabases.MARIADB_ADMIN);
                     Statement s = admin.createStatement()) {
                    s.execute("drop user '" + user + "'@'%'");
                }
            }
        }
    }

    private Path passwordFile(String permissions) throws Exception {
        Path file = Files.createTempFile(temp, "password", ".txt");
        Files.writeString(file, SECRET + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        return file;
    }
}
