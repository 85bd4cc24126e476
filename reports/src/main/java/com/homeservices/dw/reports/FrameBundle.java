package com.homeservices.dw.reports;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * A report's own bundle in front of the shared frame's ({@code reports/frame_en}, {@code _zh_CN}): JasperReports takes
 * one bundle per report, and the frame's words (period kinds, scopes, produced, page X of Y) are written once.
 */
final class FrameBundle extends ResourceBundle {

    private final ResourceBundle report;
    private final ResourceBundle frame;

    private FrameBundle(ResourceBundle report, ResourceBundle frame) {
        this.report = report;
        this.frame = frame;
    }

    static ResourceBundle of(ReportDefinition definition, Locale locale) {
        return new FrameBundle(ResourceBundle.getBundle(definition.bundle(), locale),
                ResourceBundle.getBundle("reports/frame", locale));
    }

    @Override
    protected Object handleGetObject(String key) {
        return report.containsKey(key) ? report.getObject(key) : frame.containsKey(key) ? frame.getObject(key) : null;
    }

    @Override
    public Enumeration<String> getKeys() {
        Set<String> keys = new LinkedHashSet<>(report.keySet());
        keys.addAll(frame.keySet());
        return Collections.enumeration(keys);
    }
}
