package com.homeservices.dw.jobs.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.homeservices.dw.jobs.chains.RunContext;
import com.homeservices.dw.jobs.config.DwConfig;
import com.homeservices.dw.reports.ReportCatalogue;
import com.homeservices.dw.reports.ReportDefinition;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.marts.ClaimTotalsRefresh;
import com.homeservices.dw.warehouse.period.Period;
import com.homeservices.dw.warehouse.period.PeriodKind;
import com.homeservices.dw.warehouse.policy.CompanyPolicy;
import com.homeservices.dw.warehouse.testing.HandMadeWarehouse;
import com.homeservices.dw.warehouse.testing.Rows;
import com.homeservices.dw.warehouse.testing.SparkForTests;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Delivery through a real SMTP server in the test (GreenMail), of the hand-made company's Claim Totals for the
 * fortnight 2024-01-01: finance in Chinese with the PDF and the XLSX, B2's manager in English with B2's outlets
 * only, and a recipient whose messages the server refuses (a mailer that refuses that address stands in for it).
 */
class DeliveriesIntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Period FORTNIGHT = new Period(PeriodKind.FORTNIGHT, LocalDate.of(2024, 1, 1));

    @TempDir
    Path temp;

    private DwConfig config;
    private LocalDateTime now = LocalDateTime.of(2024, 1, 15, 6, 0);
    private final List<String> log = new ArrayList<>();
    private final ReportDefinition claims = ReportCatalogue.load().named("claim-totals");

    @BeforeEach
    void computeTheFortnight() {
        DwConfig.Mail mail = new DwConfig.Mail("127.0.0.1", SMTP.getSmtp().getPort(), false, null, null,
                "reports@example.com", null, null);
        config = DwConfig.defaults().withWarehouse(temp.resolve("w.duckdb"))
                .withReports(new DwConfig.Reports(temp.resolve("archive"), null, null, null, null))
                .withMail(mail, List.of(
                        new DwConfig.Recipient("finance", "Finance", "finance@example.com", "zh", "company",
                                List.of("claim-totals"), List.of("pdf", "xlsx"), null),
                        new DwConfig.Recipient("b2", "B2 manager", "b2@example.com", "en", "business-unit:B2",
                                List.of("claim-totals"), List.of("pdf"), null),
                        new DwConfig.Recipient("refused", null, "refused@example.com", "en", null,
                                List.of("claim-totals"), null, null),
                        new DwConfig.Recipient("hr", null, "hr@example.com", "zh", null, List.of("staff-attrition"),
                                null, null)));
        try (Warehouse warehouse = Warehouse.open(config.warehouse(), CompanyPolicy.defaults())) {
            HandMadeWarehouse.fill(warehouse);
            new ClaimTotalsRefresh(warehouse, SparkForTests.session(), temp.resolve("work"))
                    .refresh(LocalDate.of(2023, 12, 18), LocalDate.of(2024, 1, 14));
        }
    }

    /** The real mailer, refusing one address as a server would. */
    private Mailer refusing(String address) {
        return new Mailer(config.mail(), null) {
            @Override
            public void send(String to, String subject, String body, List<Path> attachments)
                    throws MessagingException {
                if (to.equals(address)) {
                    throw new MessagingException("550 5.1.1 mailbox unavailable");
                }
                super.send(to, subject, body, attachments);
            }
        };
    }

    private Deliveries deliveries(Mailer mailer) {
        return new Deliveries(config, mailer, () -> now, log::add);
    }

    @Test
    void eachRecipientGetsTheirScopeAndLanguageAndARefusalIsRetriedWithoutHoldingUpTheOthers() throws Exception {
        List<Deliveries.Outcome> outcomes;
        try (RunContext context = new RunContext(config)) {
            outcomes = deliveries(refusing("refused@example.com")).deliver(context, claims, FORTNIGHT);
        }

        assertThat(outcomes).extracting(o -> o.recipient() + " " + o.status())
                .containsExactly("finance sent", "b2 sent", "refused failed");
        MimeMessage finance = message("finance@example.com");
        assertThat(finance.getSubject()).isEqualTo("事故或服务质量理赔总额表，2024-01-01 – 2024-01-14（全公司）");
        assertThat(attachments(finance)).containsExactly("claim-totals_2024-01-01_zh.pdf", "claim-totals_2024-01-01.xlsx");
        // the whole company: C1 (300.00) and C7 (150.00) settled, C2 and C3 and C4 open at the end, C7 an exception
        assertThat(text(finance)).contains("双周 2024-01-01 – 2024-01-14", "范围： 全公司", "数据截至 2024-01-20 10:00",
                "结案 2 件，公司净成本 450.00 元；期末未结 3 件；越权审批 1 件。",
                "附件：claim-totals_2024-01-01_zh.pdf, claim-totals_2024-01-01.xlsx。");
        MimeMessage b2 = message("b2@example.com");
        assertThat(b2.getSubject()).isEqualTo("Claim Totals, 2024-01-01 – 2024-01-14 (business unit B2)");
        assertThat(attachments(b2)).containsExactly("claim-totals_2024-01-01_B2_en.pdf");
        // B2 has O3 alone: C7 settled (net 150.00), nothing open, C7 an exception
        assertThat(text(b2)).contains("Scope: business unit B2",
                "1 claims settled, net cost 150.00 CNY; 0 open at the end; 1 authority exceptions.");
        assertThat(pdfText(temp.resolve("archive/claim-totals/2024-01-01/b2/claim-totals_2024-01-01_B2_en.pdf")))
                .contains("O3 北京朝阳后勤网点1").doesNotContain("O1 ", "O2 ");
        assertThat(SMTP.getReceivedMessagesForDomain("example.com")).hasSize(2);
        assertThat(deliveryRows()).containsExactly(
                "b2|sent|1|", "finance|sent|1|", "refused|failed|1|2024-01-15T06:05");

        // the next hour: nothing new for this period, and the refused one's time has not come
        now = now.plusMinutes(4);
        try (RunContext context = new RunContext(config)) {
            assertThat(deliveries(new Mailer(config.mail(), null)).deliver(context, claims, FORTNIGHT)).isEmpty();
            assertThat(deliveries(new Mailer(config.mail(), null)).retry(context)).isEmpty();
        }
        // its time has come and the server takes it
        now = now.plusMinutes(2);
        try (RunContext context = new RunContext(config)) {
            assertThat(deliveries(new Mailer(config.mail(), null)).retry(context))
                    .extracting(Deliveries.Outcome::status).containsExactly("sent");
        }
        assertThat(SMTP.getReceivedMessagesForDomain("example.com")).hasSize(3);
        assertThat(deliveryRows()).contains("refused|sent|2|");
    }

    @Test
    void aRestartAfterACrashMidDeliverySendsNothingTwice() throws Exception {
        Mailer crashing = new Mailer(config.mail(), null) {
            @Override
            public void send(String to, String subject, String body, List<Path> attachments)
                    throws MessagingException {
                if (to.equals("b2@example.com")) {
                    throw new OutOfMemoryError("the process dies here");
                }
                super.send(to, subject, body, attachments);
            }
        };
        try (RunContext context = new RunContext(config)) {
            assertThatThrownBy(() -> deliveries(crashing).deliver(context, claims, FORTNIGHT))
                    .isInstanceOf(OutOfMemoryError.class);
        }

        try (RunContext context = new RunContext(config)) {
            assertThat(deliveries(new Mailer(config.mail(), null)).deliver(context, claims, FORTNIGHT))
                    .extracting(o -> o.recipient() + " " + o.status()).containsExactly("refused sent");
        }

        // finance once; b2 not at all (left 'sending' for the operator: it may have gone out); refused once
        assertThat(SMTP.getReceivedMessagesForDomain("example.com")).extracting(m -> m.getAllRecipients()[0].toString())
                .containsExactlyInAnyOrder("finance@example.com", "refused@example.com");
        assertThat(deliveryRows()).containsExactly("b2|sending|1|", "finance|sent|1|", "refused|sent|1|");
        try (Warehouse warehouse = Warehouse.open(config.warehouse(), CompanyPolicy.defaults())) {
            assertThat(Deliveries.unsent(warehouse)).singleElement().asString().startsWith("claim-totals")
                    .contains("b2", "sending", "the process stopped while sending: check the mailbox");
        }
    }

    @Test
    void aFileIsSizedAsItsBase64InLinesOf76() {
        assertThat(Deliveries.encodedSize(3)).isEqualTo(4);
        assertThat(Deliveries.encodedSize(57)).isEqualTo(78);          // one full line and its break
        assertThat(Deliveries.encodedSize(10L * 1024 * 1024)).isEqualTo(14_348_936);     // 3,495,254 × 4 = 13,981,016 and 183,960 line breaks
    }

    private List<String> deliveryRows() throws SQLException {
        try (Warehouse warehouse = Warehouse.open(config.warehouse(), CompanyPolicy.defaults())) {
            return Rows.of(warehouse, "select recipient_id, status, attempts,"
                    + " strftime(next_attempt_at, '%Y-%m-%dT%H:%M') from report_delivery order by recipient_id");
        }
    }

    private static MimeMessage message(String to) throws MessagingException {
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(to)) {
                return message;
            }
        }
        throw new AssertionError("no message to " + to);
    }

    private static List<String> attachments(MimeMessage message) throws MessagingException, IOException {
        List<String> names = new ArrayList<>();
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getFileName() != null) {
                names.add(MimeUtility.decodeText(part.getFileName()));
            }
        }
        return names;
    }

    private static String text(MimeMessage message) throws MessagingException, IOException {
        return (String) ((Multipart) message.getContent()).getBodyPart(0).getContent();
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
