package com.homeservices.dw.reports;

import java.util.Locale;

/** What a report is rendered to: PDF for readers, CSV for finance and HR to work on the same rows. */
public enum ReportFormat {
    PDF, CSV;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReportFormat parse(String text) {
        try {
            return valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + text + "': use pdf or csv");
        }
    }
}
