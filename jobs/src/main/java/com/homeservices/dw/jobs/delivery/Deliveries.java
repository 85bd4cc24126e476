package com.homeservices.dw.jobs.delivery;

import com.homeservices.dw.jobs.chains.RunContext;
import com.homeservices.dw.jobs.config.DwConfig;
import com.homeservices.dw.reports.Language;
import com.homeservices.dw.reports.ReportCatalogue;
import com.homeservices.dw.reports.ReportDefinition;
import com.homeservices.dw.reports.ReportFormat;
import com.homeservices.dw.reports.ReportRenderer;
import com.homeservices.dw.reports.ReportTexts;
import com.homeservices.dw.reports.Scope;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.period.Period;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Delivers a report period to its recipients: each gets the report in their scope and language, in their formats,
 * rendered into the archive under their own folder ({@code <reports>/<report>/<period>/<recipient>/}) and mailed.
 * A refused message is retried with back-off and never holds up the other recipients; a message sent is never sent
 * again, by a retry or after a restart.
 */
public final class Deliveries {

    /** Tries before a delivery is given up: at 5, 10, 20, 40 and 80 minutes, then no more. */
    static final int MAX_ATTEMPTS = 6;
    static final Duration FIRST_BACK_OFF = Duration.ofMinutes(5);
    /** What a message's own text and headers need beside its attachments. */
    private static final long MESSAGE_MARGIN = 64 * 1024;

    /** How one recipient's delivery went. */
    public record Outcome(String recipient, String status, String message) {
    }

    private final DwConfig config;
    private final Mailer mailer;
    private final Supplier<LocalDateTime> clock;
    private final Consumer<String> log;

    public Deliveries(DwConfig config, Mailer mailer, Supplier<LocalDateTime> clock, Consumer<String> log) {
        this.config = config;
        this.mailer = mailer;
        this.clock = clock;
        this.log = log;
    }

    /** Each recipient of {@code report} who has not had this period yet. */
    public List<Outcome> deliver(RunContext context, ReportDefinition report, Period period) {
        DeliveryLog deliveries = new DeliveryLog(context.warehouse());
        List<Outcome> outcomes = new ArrayList<>();
        for (DwConfig.Recipient recipient : config.recipients()) {
            if (!recipient.reports().contains(report.name())) {
                continue;
            }
            Optional<DeliveryLog.Entry> entry = deliveries.find(report.name(), period, recipient.id());
            if (entry.isPresent()) {
                continue;   // sent, being retried on its own schedule, given up, or left 'sending' by a crash
            }
            outcomes.add(attempt(context, deliveries, report, period, recipient, 1));
        }
        return outcomes;
    }

    /** Each delivery not sent, as {@code ./dw status} lists it: report, period, recipient, status, next try. */
    public static List<String> unsent(Warehouse warehouse) {
        return new DeliveryLog(warehouse).unsent().stream().map(e -> String.format("%-22s %-10s %-12s %-9s %s",
                e.report(), e.period(), e.recipient(), e.status(), e.status().equals("sending")
                        ? "(the process stopped while sending: check the mailbox; it is not sent again)"
                        : e.nextAttemptAt() == null ? "" : "next try " + e.nextAttemptAt().toString().replace('T', ' ')))
                .toList();
    }

    /** Every refused delivery whose next try has come. */
    public List<Outcome> retry(RunContext context) {
        DeliveryLog deliveries = new DeliveryLog(context.warehouse());
        List<Outcome> outcomes = new ArrayList<>();
        for (DeliveryLog.Entry entry : deliveries.retriesDue(clock.get())) {
            Optional<DwConfig.Recipient> recipient = config.recipients().stream()
                    .filter(r -> r.id().equals(entry.recipient())).findFirst();
            if (recipient.isEmpty()) {
                deliveries.failed(entry.report(), entry.period(), entry.recipient(), "no longer a recipient", null);
                continue;
            }
            outcomes.add(attempt(context, deliveries, ReportCatalogue.load().named(entry.report()), entry.period(),
                    recipient.get(), entry.attempts() + 1));
        }
        return outcomes;
    }

    private Outcome attempt(RunContext context, DeliveryLog deliveries, ReportDefinition report, Period period,
                            DwConfig.Recipient recipient, int attempt) {
        Language language = Language.parse(recipient.language());
        Scope scope = recipient.readerScope();
        Path folder = config.reports().folder().resolve(report.name()).resolve(period.key()).resolve(recipient.id());
        ReportRenderer renderer = new ReportRenderer(context.warehouse(), config.reports().pdfRows(),
                config.reports().access());
        try {
            List<Path> files = render(renderer, report, period, recipient, language, scope, folder);
            ReportTexts texts = new ReportTexts(report, language);
            List<Path> attached = new ArrayList<>();
            List<String> omitted = new ArrayList<>();
            long limit = config.mail().maxAttachmentMegabytes() * 1024L * 1024L - MESSAGE_MARGIN;
            long used = 0;
            for (Path file : files) {
                long encoded = encodedSize(Files.size(file));
                if (used + encoded <= limit) {
                    attached.add(file);
                    used += encoded;
                } else {
                    omitted.add(texts.sentence("mail.omitted", file.getFileName(), megabytes(Files.size(file)),
                            config.mail().maxAttachmentMegabytes(), file.toAbsolutePath()));
                }
            }
            String subject = texts.sentence("mail.subject", texts.title(), period.label(), texts.scopeName(scope));
            String headline = renderer.headline(new ReportRenderer.Request(report.name(), period, language, scope,
                    ReportFormat.PDF, folder));
            String body = body(texts, period, scope, renderer.dataAsOf(), headline, attached, omitted);
            deliveries.sending(report.name(), period, recipient.id(), attempt, clock.get());
            try {
                mailer.send(recipient.email(), subject, body, attached);
            } catch (MessagingException | RuntimeException e) {
                String why = Warehouse.firstLine(e.getMessage());
                LocalDateTime next = attempt >= MAX_ATTEMPTS ? null
                        : clock.get().plus(FIRST_BACK_OFF.multipliedBy(1L << (attempt - 1)));
                deliveries.failed(report.name(), period, recipient.id(), why, next);
                log.accept(report.name() + " " + period + " to " + recipient.id() + " refused (try " + attempt + "): "
                        + why + (next == null ? "; given up" : "; next try " + next));
                return new Outcome(recipient.id(), next == null ? "given_up" : "failed", why);
            }
            deliveries.sent(report.name(), period, recipient.id(), clock.get());
            log.accept(report.name() + " " + period + " sent to " + recipient.id());
            return new Outcome(recipient.id(), "sent", null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The recipient's files: the report in their scope and language, in each of their formats. */
    private static List<Path> render(ReportRenderer renderer, ReportDefinition report, Period period,
                                     DwConfig.Recipient recipient, Language language, Scope scope, Path folder) {
        List<Path> files = new ArrayList<>();
        for (String format : recipient.formats()) {
            files.addAll(renderer.render(new ReportRenderer.Request(report.name(), period, language, scope,
                    ReportFormat.parse(format), folder)));
        }
        return files;
    }

    private static String body(ReportTexts texts, Period period, Scope scope, String dataAsOf, String headline,
                               List<Path> attached, List<String> omitted) {
        List<String> lines = new ArrayList<>(List.of(texts.title(), texts.period(period), texts.scope(scope),
                texts.dataAsOf(dataAsOf), "", headline, ""));
        if (!attached.isEmpty()) {
            lines.add(texts.sentence("mail.attached", attached.stream().map(f -> f.getFileName().toString())
                    .collect(Collectors.joining(", "))));
        }
        lines.addAll(omitted);
        lines.add("");
        lines.add(texts.sentence("mail.footer"));
        return String.join("\n", lines) + "\n";
    }

    /** A file's size in a message: base64 makes three bytes four, in lines of 76 characters and a line break. */
    static long encodedSize(long bytes) {
        long base64 = (bytes + 2) / 3 * 4;
        return base64 + base64 / 76 * 2;
    }

    private static BigDecimal megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024L * 1024L), 1, RoundingMode.HALF_UP);
    }
}
