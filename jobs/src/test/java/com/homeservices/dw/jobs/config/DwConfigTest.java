package com.homeservices.dw.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.policy.CompanyPolicy;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DwConfigTest {

    @TempDir
    Path temp;

    @Test
    void everyDefault() {
        DwConfig config = DwConfig.defaults();

        assertThat(config.warehouse()).isEqualTo(Path.of("data/warehouse.duckdb"));
        assertThat(config.source()).isNull();
        assertThat(config.policy().zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(config.policy().fortnightEpoch()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(config.policy().claims().outletLimit()).isEqualByComparingTo("500");
        assertThat(config.policy().claims().specialistLimit()).isEqualByComparingTo("1000");
        assertThat(config.policy().claims().departmentManagerLimit()).isEqualByComparingTo("1500");
        assertThat(config.etl().maxAmount()).isEqualByComparingTo("10000000");
        assertThat(config.etl().overlap()).isEqualTo(Duration.ofHours(1));
        assertThat(config.etl().passwordFile()).isNull();
        assertThat(config.etl().jobRepository()).isNull();
        assertThat(config.spark().master()).isEqualTo("local[*]");
        assertThat(config.spark().shufflePartitions()).isEqualTo(4);
        assertThat(config.spark().applicationJar()).isNull();
        assertThat(config.reports().folder()).isEqualTo(Path.of("data/reports"));
        assertThat(config.reports().languages()).containsExactly("en", "zh");
        assertThat(config.reports().formats()).containsExactly("pdf", "xlsx", "csv");
        assertThat(config.reports().pdfRows()).isEqualTo(100);
        assertThat(config.policy().attrition().earlyDays()).isEqualTo(90);
        assertThat(config.policy().attrition().tenureBandMonths()).containsExactly(3, 12, 36);
        assertThat(config.policy().profitability().variableCostCap()).isEqualByComparingTo("0.95");
        assertThat(config.policy().profitability().targetMonthsBefore()).isEqualTo(2);
        assertThat(config.policy().leave().personalLeaveStaffDays()).isEqualTo(2);
        assertThat(config.policy().leave().personalLeaveSeniorDays()).isEqualTo(1);
        assertThat(config.policy().leave().sickLeaveStaffDays()).isEqualTo(3);
        assertThat(config.policy().leave().sickLeaveSeniorDays()).isEqualTo(2);
        assertThat(config.policy().leave().divisionManagerDays()).isEqualTo(5);
        assertThat(config.schedule().reportsAt()).isEqualTo(LocalTime.of(6, 0));
        assertThat(config.schedule().nightlyLoadAt()).isEqualTo(LocalTime.of(2, 0));
        assertThat(config.schedule().holidays()).isEmpty();
        assertThat(config.schedule().workingDays()).isEmpty();
        assertThat(config.schedule().jobStore()).isNull();
        assertThat(config.mail().enabled()).isFalse();
        assertThat(config.mail().port()).isEqualTo(587);
        assertThat(config.mail().startTls()).isTrue();
        assertThat(config.mail().username()).isNull();
        assertThat(config.mail().passwordFile()).isNull();
        assertThat(config.mail().from()).isEqualTo("reports@localhost");
        assertThat(config.mail().maxAttachmentMegabytes()).isEqualTo(10);
        assertThat(config.mail().operators()).isEmpty();
        assertThat(config.recipients()).isEmpty();
        assertThat(config.serve().bind()).isEqualTo("127.0.0.1");
        assertThat(config.serve().port()).isEqualTo(8080);
        assertThat(config.serve().signedInFor()).isEqualTo(Duration.ofMinutes(30));
        assertThat(config.serve().rowsShown()).isEqualTo(500);
    }

    @Test
    void everySettingMapsFromTheFile() throws IOException {
        Path file = write("""
                warehouse: /srv/dw/warehouse.duckdb
                source: jdbc:postgresql://10.0.0.5:5432/ops
                policy:
                  zone: Asia/Hong_Kong
                  fortnightEpoch: 2025-01-06
                  claims:
                    outletLimit: 600
                    specialistLimit: 1200.50
                    departmentManagerLimit: 2000
                  attrition:
                    earlyDays: 60
                    tenureBandMonths: [6, 24]
                  profitability:
                    variableCostCap: 0.9
                    targetMonthsBefore: 5
                  leave:
                    personalLeaveStaffDays: 3
                    personalLeaveSeniorDays: 2
                    sickLeaveStaffDays: 4
                    sickLeaveSeniorDays: 3
                    divisionManagerDays: 7
                etl:
                  maxAmount: 5000000
                  overlap: PT15M
                  passwordFile: /etc/dw/source-password
                  jobRepository: jdbc:postgresql://10.0.0.5:5432/dw_batch?user=dw
                spark:
                  master: spark://10.0.0.9:7077
                  shufflePartitions: 16
                  applicationJar: /opt/dw/dw.jar
                reports:
                  folder: /srv/dw/reports
                  languages: [zh]
                  formats: [pdf]
                  pdfRows: 250
                schedule:
                  reportsAt: "07:30"
                  nightlyLoadAt: "01:15"
                  holidays: [2026-10-01, 2026-10-02]
                  workingDays: [2026-09-27]
                  jobStore: jdbc:postgresql://10.0.0.5:5432/dw_quartz?user=dw
                mail:
                  host: smtp.example.com
                  port: 2525
                  startTls: false
                  username: reports
                  passwordFile: /etc/dw/smtp-password
                  from: reports@example.com
                  maxAttachmentMegabytes: 20
                  operators: [ops@example.com]
                recipients:
                  - id: finance
                    name: Finance manager
                    email: finance@example.com
                    language: zh
                    reports: [claim-totals, outlet-profitability]
                    formats: [pdf, xlsx]
                  - id: hh-manager
                    email: hh@example.com
                    scope: business-unit:HH
                    reports: [claim-totals]
                    passwordHash: "$2a$10$abcdefghijklmnopqrstuu6TyAm6PV6MdL2tPjzVX4fPiBg0Z4l6S"
                serve:
                  bind: 0.0.0.0
                  port: 9090
                  signedInFor: PT2H
                  rowsShown: 200
                """);

        DwConfig config = DwConfig.load(file);

        assertThat(config.warehouse()).isEqualTo(Path.of("/srv/dw/warehouse.duckdb"));
        assertThat(config.source()).isEqualTo("jdbc:postgresql://10.0.0.5:5432/ops");
        assertThat(config.policy().zone()).isEqualTo(ZoneId.of("Asia/Hong_Kong"));
        assertThat(config.policy().fortnightEpoch()).isEqualTo(LocalDate.of(2025, 1, 6));
        assertThat(config.policy().claims().outletLimit()).isEqualByComparingTo("600");
        assertThat(config.policy().claims().specialistLimit()).isEqualTo(new BigDecimal("1200.50"));
        assertThat(config.policy().claims().departmentManagerLimit()).isEqualByComparingTo("2000");
        assertThat(config.etl().maxAmount()).isEqualByComparingTo("5000000");
        assertThat(config.etl().overlap()).isEqualTo(Duration.ofMinutes(15));
        assertThat(config.etl().passwordFile()).isEqualTo(Path.of("/etc/dw/source-password"));
        assertThat(config.etl().jobRepository()).isEqualTo("jdbc:postgresql://10.0.0.5:5432/dw_batch?user=dw");
        assertThat(config.spark().master()).isEqualTo("spark://10.0.0.9:7077");
        assertThat(config.spark().shufflePartitions()).isEqualTo(16);
        assertThat(config.spark().applicationJar()).isEqualTo("/opt/dw/dw.jar");
        assertThat(config.reports().folder()).isEqualTo(Path.of("/srv/dw/reports"));
        assertThat(config.reports().languages()).isEqualTo(List.of("zh"));
        assertThat(config.reports().formats()).isEqualTo(List.of("pdf"));
        assertThat(config.reports().pdfRows()).isEqualTo(250);
        assertThat(config.policy().attrition().earlyDays()).isEqualTo(60);
        assertThat(config.policy().attrition().tenureBandMonths()).containsExactly(6, 24);
        assertThat(config.policy().profitability().variableCostCap()).isEqualByComparingTo("0.9");
        assertThat(config.policy().profitability().targetMonthsBefore()).isEqualTo(5);
        assertThat(config.policy().leave().personalLeaveStaffDays()).isEqualTo(3);
        assertThat(config.policy().leave().personalLeaveSeniorDays()).isEqualTo(2);
        assertThat(config.policy().leave().sickLeaveStaffDays()).isEqualTo(4);
        assertThat(config.policy().leave().sickLeaveSeniorDays()).isEqualTo(3);
        assertThat(config.policy().leave().divisionManagerDays()).isEqualTo(7);
        assertThat(config.schedule().reportsAt()).isEqualTo(LocalTime.of(7, 30));
        assertThat(config.schedule().nightlyLoadAt()).isEqualTo(LocalTime.of(1, 15));
        assertThat(config.schedule().holidays()).containsExactly(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2));
        assertThat(config.schedule().workingDays()).containsExactly(LocalDate.of(2026, 9, 27));
        assertThat(config.schedule().jobStore()).isEqualTo("jdbc:postgresql://10.0.0.5:5432/dw_quartz?user=dw");
        assertThat(config.mail()).isEqualTo(new DwConfig.Mail("smtp.example.com", 2525, false, "reports",
                Path.of("/etc/dw/smtp-password"), "reports@example.com", 20, List.of("ops@example.com")));
        assertThat(config.recipients()).containsExactly(
                new DwConfig.Recipient("finance", "Finance manager", "finance@example.com", "zh", "company",
                        List.of("claim-totals", "outlet-profitability"), List.of("pdf", "xlsx"), null),
                new DwConfig.Recipient("hh-manager", "hh-manager", "hh@example.com", "en", "business-unit:HH",
                        List.of("claim-totals"), List.of("pdf"),
                        "$2a$10$abcdefghijklmnopqrstuu6TyAm6PV6MdL2tPjzVX4fPiBg0Z4l6S"));
        assertThat(config.serve()).isEqualTo(new DwConfig.Serve("0.0.0.0", 9090, Duration.ofHours(2), 200));
    }

    @Test
    void aPartialFileKeepsTheOtherDefaults() throws IOException {
        DwConfig config = DwConfig.load(write("policy:\n  claims:\n    outletLimit: 400\n"));

        assertThat(config.policy().claims().outletLimit()).isEqualByComparingTo("400");
        assertThat(config.policy().claims().specialistLimit()).isEqualByComparingTo("1000");
        assertThat(config.policy().fortnightEpoch()).isEqualTo(CompanyPolicy.DEFAULT_FORTNIGHT_EPOCH);
        assertThat(config.spark().master()).isEqualTo("local[*]");
    }

    @Test
    void aTypoIsNamedByItsPath() throws IOException {
        Path file = write("spark:\n  mastr: local[2]\n");

        assertThatThrownBy(() -> DwConfig.load(file))
                .isInstanceOf(DwException.class)
                .hasMessage(file + ": unknown setting 'spark.mastr'");
    }

    @Test
    void anEpochThatIsNotAMondayIsRefusedWithItsReason() throws IOException {
        Path file = write("policy:\n  fortnightEpoch: 2024-01-03\n");

        assertThatThrownBy(() -> DwConfig.load(file))
                .isInstanceOf(DwException.class)
                .hasMessageContaining("'policy'")
                .hasMessageContaining("policy.fortnightEpoch must be a Monday, but 2024-01-03 is a WEDNESDAY");
    }

    @Test
    void aPasswordWhereItsHashBelongsIsRefusedWithoutRepeatingIt() throws IOException {
        Path file = write("recipients:\n  - id: gm\n    email: gm@example.com\n    passwordHash: hunter2-secret\n");

        assertThatThrownBy(() -> DwConfig.load(file))
                .isInstanceOf(DwException.class)
                .hasMessageContaining("recipient gm's passwordHash is not a bcrypt hash; make one with"
                        + " ./dw serve --hash-password")
                .message().doesNotContain("hunter2");
    }

    @Test
    void twoRecipientsWithOneIdAreRefused() throws IOException {
        Path file = write("recipients:\n  - id: finance\n    email: a@example.com\n  - id: finance\n"
                + "    email: b@example.com\n");

        assertThatThrownBy(() -> DwConfig.load(file))
                .isInstanceOf(DwException.class)
                .hasMessageContaining("two recipients have the id 'finance': each reader needs an id of their own");
    }

    @Test
    void anOperatorAddressWithoutAnAtIsRefused() throws IOException {
        Path file = write("mail:\n  host: smtp.example.com\n  operators: [ops@example.com, operations]\n");

        assertThatThrownBy(() -> DwConfig.load(file))
                .isInstanceOf(DwException.class)
                .hasMessageContaining("mail.operators has an address that is not one: operations");
    }

    @Test
    void aMissingFileIsOneSentence() {
        assertThatThrownBy(() -> DwConfig.load(temp.resolve("nope.yaml")))
                .isInstanceOf(DwException.class)
                .hasMessage("the configuration file " + temp.resolve("nope.yaml") + " does not exist");
    }

    private Path write(String yaml) throws IOException {
        Path file = temp.resolve("dw.yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
