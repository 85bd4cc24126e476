package com.homeservices.dw.reports;

import java.util.Locale;

/**
 * What a report is rendered to: PDF for readers; XLSX and CSV for finance and HR to work on the same rows (codes,
 * plain numbers and ISO dates, the same in either language).
 */
public enum ReportFormat {
    PDF, XLSX, CSV;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the file is written in the reader's language (the XLSX and CSV carry codes and numbers only). */
    public boolean perLanguage() {
        return this == PDF;
    }

    public static ReportFormat parse(String text) {
        try {
            return valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + text + "': use pdf, xlsx or csv");
        }
    }
}
