package com.homeservices.dw.reports;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every mandated report: the folders {@code reports/catalogue.yaml} lists, each with its {@code report.yaml}. Adding a
 * report is adding its folder and its line there (docs/architecture.md, "How to add a report").
 */
public final class ReportCatalogue {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static volatile ReportCatalogue loaded;

    private final List<ReportDefinition> reports;

    private ReportCatalogue(List<ReportDefinition> reports) {
        this.reports = List.copyOf(reports);
    }

    /** The catalogue on the classpath, read once. */
    public static ReportCatalogue load() {
        if (loaded == null) {
            synchronized (ReportCatalogue.class) {
                if (loaded == null) {
                    List<ReportDefinition> reports = new ArrayList<>();
                    for (String name : read("reports/catalogue.yaml", Catalogue.class).reports()) {
                        ReportDefinition definition = read("reports/" + name + "/report.yaml", ReportDefinition.class);
                        if (!definition.name().equals(name)) {
                            throw new IllegalStateException("reports/" + name + "/report.yaml names itself '"
                                    + definition.name() + "'");
                        }
                        reports.add(definition);
                    }
                    loaded = new ReportCatalogue(reports);
                }
            }
        }
        return loaded;
    }

    /** The list of folders, in the order reports are shown. */
    private record Catalogue(List<String> reports) {
    }

    public List<ReportDefinition> reports() {
        return reports;
    }

    /** The report called {@code name}; an unknown name is refused naming every report. */
    public ReportDefinition named(String name) {
        return reports.stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown report '" + name + "': the reports are "
                        + names()));
    }

    public String names() {
        return reports.stream().map(ReportDefinition::name).collect(Collectors.joining(", "));
    }

    private static <T> T read(String resource, Class<T> type) {
        try (InputStream in = ReportCatalogue.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the classpath");
            }
            return YAML.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }
}
