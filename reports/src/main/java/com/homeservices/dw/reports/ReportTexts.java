package com.homeservices.dw.reports;

import com.homeservices.dw.warehouse.period.Period;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * A report's words in a reader's language: the shared frame's lines on the PDF, and what goes around the report (an
 * e-mail's subject and body).
 */
public final class ReportTexts {

    private final ResourceBundle labels;

    public ReportTexts(ReportDefinition report, Language language) {
        this(FrameBundle.of(report, language.locale()));
    }

    ReportTexts(ResourceBundle labels) {
        this.labels = labels;
    }

    public String title() {
        return labels.getString("title");
    }

    /** {@code Fortnight 2024-01-01 – 2024-01-14}. */
    public String period(Period period) {
        return labels.getString("frame.period." + period.kind().code()) + " " + period.label();
    }

    /** {@code Scope: business unit B2}. */
    public String scope(Scope scope) {
        return labels.getString("frame.scope") + " " + scopeName(scope);
    }

    /** {@code business unit B2}, {@code whole company}. */
    public String scopeName(Scope scope) {
        return switch (scope.kind()) {
            case COMPANY -> labels.getString("frame.scope.company");
            case BUSINESS_UNIT -> MessageFormat.format(labels.getString("frame.scope.business-unit"), scope.code());
            case OUTLET -> MessageFormat.format(labels.getString("frame.scope.outlet"), scope.code());
        };
    }

    /** {@code Data as of 2024-01-20 10:00}. */
    /** A draft's mark: {@code INCOMPLETE: data to 2026-12-07}. */
    public String draft(java.time.LocalDate through) {
        return MessageFormat.format(labels.getString("frame.draft"), through.toString());
    }

    public String dataAsOf(String when) {
        return labels.getString("frame.data.as.of") + " " + when;
    }

    /** A sentence of the frame's ({@code frame.mail.*}), its placeholders filled in. */
    public String sentence(String key, Object... arguments) {
        return MessageFormat.format(labels.getString("frame." + key), arguments);
    }
}
