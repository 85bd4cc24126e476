package com.homeservices.dw.jobs.web;

import com.homeservices.dw.jobs.config.DwConfig;
import com.homeservices.dw.reports.Language;
import com.homeservices.dw.reports.ReportCatalogue;
import com.homeservices.dw.reports.ReportDefinition;
import com.homeservices.dw.reports.ReportRenderer;
import com.homeservices.dw.reports.Scope;
import com.homeservices.dw.warehouse.period.Period;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The part of the report archive one reader may see: the reports they receive, the periods produced for them, and
 * their files, in their language. Their own files are those delivered to them ({@code <report>/<period>/<id>/});
 * a reader of the whole company also sees the company's files ({@code <report>/<period>/}). Anything else is, to
 * them, not there: every name in a request is looked up in these lists, never joined to a path.
 */
final class ReaderArchive {

    private final Path folder;
    private final DwConfig.Recipient reader;
    private final LocalDate epoch;

    ReaderArchive(Path folder, DwConfig.Recipient reader, LocalDate epoch) {
        this.folder = folder;
        this.reader = reader;
        this.epoch = epoch;
    }

    /** The reports they receive, in the catalogue's order. */
    List<ReportDefinition> reports() {
        return ReportCatalogue.load().reports().stream().filter(r -> reader.reports().contains(r.name())).toList();
    }

    /** The report {@code name}, if they receive it. */
    Optional<ReportDefinition> report(String name) {
        return reports().stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** The periods of {@code report} with files for them, newest first. */
    List<Period> periods(ReportDefinition report) {
        Path reportFolder = folder.resolve(report.name());
        if (!Files.isDirectory(reportFolder, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        List<Period> periods = new ArrayList<>();
        try (Stream<Path> children = Files.list(reportFolder)) {
            for (Path child : children.toList()) {
                period(report, child.getFileName().toString())
                        .filter(p -> !files(report, p).isEmpty())
                        .ifPresent(periods::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        periods.sort(Comparator.comparing(Period::start).reversed());
        return periods;
    }

    /** The period {@code key} of {@code report}, if they have files for it. */
    Optional<Period> producedPeriod(ReportDefinition report, String key) {
        return period(report, key).filter(p -> !files(report, p).isEmpty());
    }

    /** Their files of {@code report} for {@code period}: PDFs in their language, every XLSX and CSV; by name. */
    List<Path> files(ReportDefinition report, Period period) {
        Path periodFolder = folder.resolve(report.name()).resolve(period.key());
        List<Path> files = new ArrayList<>(regularFiles(periodFolder.resolve(reader.id())));
        if (reader.readerScope().kind() == Scope.Kind.COMPANY) {
            files.addAll(regularFiles(periodFolder));
        }
        String pdfSuffix = "_" + Language.parse(reader.language()).code() + ".pdf";
        return files.stream()
                .filter(f -> !f.getFileName().toString().endsWith(".pdf") || f.getFileName().toString().endsWith(pdfSuffix))
                .sorted(Comparator.comparing(Path::getFileName))
                .toList();
    }

    /** Their file named {@code name}, if it is one of {@link #files}. */
    Optional<Path> file(ReportDefinition report, Period period, String name) {
        return files(report, period).stream().filter(f -> f.getFileName().toString().equals(name)).findFirst();
    }

    private Optional<Period> period(ReportDefinition report, String key) {
        try {
            Period period = ReportRenderer.period(report, key, epoch);
            return period.key().equals(key) ? Optional.of(period) : Optional.empty();
        } catch (RuntimeException notAPeriod) {
            return Optional.empty();
        }
    }

    /** The files directly in {@code folder}, links not followed: a link planted in the archive leads nowhere. */
    private static List<Path> regularFiles(Path folder) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
