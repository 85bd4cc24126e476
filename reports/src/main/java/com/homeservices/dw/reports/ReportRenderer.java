package com.homeservices.dw.reports;

import com.homeservices.dw.warehouse.DwClock;
import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.PrivateFiles;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.period.Period;
import com.homeservices.dw.warehouse.period.PeriodKind;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * Renders any report of the {@link ReportCatalogue} for a period, language and scope: checks that its figures were
 * computed, runs each of its tables' SQL once, and writes those same rows to the PDF (JasperReports), the XLSX
 * (one sheet per table) or the CSV (one file per table).
 */
public final class ReportRenderer {

    /** Rows a long list shows in the PDF by default (reports.yaml's {@code pdfHead} tables); the files hold all. */
    public static final int DEFAULT_PDF_ROWS = 100;

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** A chart's drawn size in pixels: twice the points it takes on a landscape page, so it prints sharp. */
    private static final int CHART_WIDTH = 1604;
    private static final int CHART_HEIGHT = 320;

    private final Warehouse warehouse;
    private final int pdfRows;
    private final PrivateFiles.Access access;

    public ReportRenderer(Warehouse warehouse) {
        this(warehouse, DEFAULT_PDF_ROWS);
    }

    /** Files only their owner reads; {@code pdfRows} as below. */
    public ReportRenderer(Warehouse warehouse, int pdfRows) {
        this(warehouse, pdfRows, PrivateFiles.Access.OWNER);
    }

    /**
     * @param pdfRows the rows a long list shows in the PDF (all of them for one outlet's scope)
     * @param access  who may read the files and the folders it creates: their owner, or a reports group too
     */
    public ReportRenderer(Warehouse warehouse, int pdfRows, PrivateFiles.Access access) {
        if (pdfRows < 1) {
            throw new IllegalArgumentException("reports.pdfRows must be at least 1, not " + pdfRows);
        }
        this.warehouse = warehouse;
        this.pdfRows = pdfRows;
        this.access = access;
    }

    /**
     * What to render: a report of the catalogue, for one of its periods; {@code draft} allows a period computed
     * before it ended, marked incomplete on every page, sheet and CSV row and named {@code …_draft…}.
     */
    public record Request(String report, Period period, Language language, Scope scope, ReportFormat format,
                          Path outFolder, boolean draft) {

        /** A report of a complete period only. */
        public Request(String report, Period period, Language language, Scope scope, ReportFormat format,
                       Path outFolder) {
            this(report, period, language, scope, format, outFolder, false);
        }
    }

    /**
     * The period {@code text} names for {@code report}, as cli.md writes periods: a month as {@code 2025-12} (or its
     * first day, for a report made only per month), else the first day of the report's first kind of period (a
     * week for outlet profitability, which is made per week and per month).
     */
    public static Period period(ReportDefinition report, String text, LocalDate epoch) {
        List<PeriodKind> kinds = report.periodKinds();
        if (kinds.contains(PeriodKind.MONTH) && text != null && text.matches("\\d{4}-\\d{2}")) {
            return PeriodKind.MONTH.parse(text, epoch);
        }
        return kinds.get(0).parse(text, epoch);
    }

    /** Renders the report and returns the files it wrote: one, or one CSV per table. */
    public List<Path> render(Request request) {
        ReportDefinition report = ReportCatalogue.load().named(request.report());
        Period period = request.period();
        report.checkMadePer(period);
        LocalDate draftThrough = Readiness.check(warehouse, report, period, request.scope(), request.draft());
        String stem = report.name() + "_" + period.key() + request.scope().fileSuffix()
                + (draftThrough == null ? "" : "_draft");
        ReportQueries queries = new ReportQueries(warehouse.connection(), period, request.scope());
        List<TableRows> tables = report.tables().stream().map(t -> queries.table(report.name(), t)).toList();
        if (draftThrough != null) {
            String note = "incomplete: data to " + draftThrough;
            tables = tables.stream().map(t -> t.markedDraft(note)).toList();
        }
        try {
            PrivateFiles.folder(request.outFolder(), access);
            return switch (request.format()) {
                case CSV -> {
                    List<Path> files = new ArrayList<>();
                    for (TableRows table : tables) {
                        Path file = PrivateFiles.inside(request.outFolder(), stem + "_" + table.table().name() + ".csv");
                        CsvOutput.write(table, file, access);
                        files.add(file);
                    }
                    yield files;
                }
                case XLSX -> {
                    Path file = PrivateFiles.inside(request.outFolder(), stem + ".xlsx");
                    XlsxOutput.write(tables, file, access);
                    yield List.of(file);
                }
                case PDF -> {
                    Path file = PrivateFiles.inside(request.outFolder(), stem + "_" + request.language().code() + ".pdf");
                    pdf(report, period, request, queries, tables, draftThrough, file);
                    yield List.of(file);
                }
            };
        } catch (JRException e) {
            throw new DwException("cannot render " + report.name() + ": " + e.getMessage(), e);
        } catch (IOException | UncheckedIOException e) {
            throw new DwException("cannot write " + report.name() + " into " + request.outFolder() + ": "
                    + e.getMessage(), e);
        }
    }

    private void pdf(ReportDefinition report, Period period, Request request, ReportQueries queries,
                     List<TableRows> tables, LocalDate draftThrough, Path file) throws JRException, IOException {
        ResourceBundle labels = FrameBundle.of(report, request.language().locale());
        boolean wholeLists = request.scope().kind() == Scope.Kind.OUTLET;
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(JRParameter.REPORT_LOCALE, request.language().locale());
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels);
        parameters.put("PERIOD_KIND", period.kind().code());
        // the company's rules, for a template's notes to state the numbers in force
        parameters.put("POLICY", warehouse.policy());
        parameters.put("SCOPE_KIND", request.scope().kindCode());
        ReportTexts texts = new ReportTexts(labels);
        parameters.put(ReportFrame.PERIOD_AND_SCOPE, texts.period(period) + "    " + texts.scope(request.scope()));
        parameters.put(ReportFrame.TIMES, labels.getString("frame.generated") + " "
                + DwClock.now(warehouse.policy().zone()).format(MINUTES) + "    " + texts.dataAsOf(dataAsOf())
                + (draftThrough == null ? "" : "    " + texts.draft(draftThrough)));
        parameters.put(ReportFrame.DRAFT, draftThrough == null ? null : texts.draft(draftThrough));
        for (TableRows table : tables) {
            List<Map<String, Object>> shown = table.pdfRows(pdfRows, wholeLists);
            parameters.put(table.table().name() + "_ROWS", shown);
            parameters.put(table.table().name() + "_TOTAL", table.rows().size());
            parameters.put(table.table().name() + "_SHOWN", shown.size());
        }
        for (ReportDefinition.Chart chart : report.charts()) {
            parameters.put("CHART_" + chart.name(), Charts.draw(chart,
                    queries.trend(period, chart.periods()).rows(chart.sql(report.name())), labels, CHART_WIDTH,
                    CHART_HEIGHT));
        }
        List<Map<String, ?>> main = new ArrayList<>(tables.get(0).pdfRows(pdfRows, wholeLists));
        JasperPrint print = JasperFillManager.fillReport(Templates.compiled(report), parameters,
                new JRMapCollectionDataSource(main));
        try (OutputStream out = PrivateFiles.newOutputStream(file, access)) {
            JasperExportManager.exportReportToPdfStream(print, out);
        }
    }

    /**
     * The sentence a reader's e-mail leads with: the report's {@code headline.sql} (one row) in its bundle's
     * {@code headline} pattern, in the request's language and scope.
     */
    public String headline(Request request) {
        ReportDefinition report = ReportCatalogue.load().named(request.report());
        Map<String, Object> row = new ReportQueries(warehouse.connection(), request.period(), request.scope())
                .rows("reports/" + report.name() + "/headline.sql").get(0);
        String pattern = FrameBundle.of(report, request.language().locale()).getString("headline");
        return new MessageFormat(pattern, request.language().locale()).format(row.values().toArray());
    }

    /** The newest source change the warehouse holds: the time of the newest data a report is built on. */
    public String dataAsOf() {
        try (Statement s = warehouse.connection().createStatement();
             ResultSet rs = s.executeQuery(
                     "select max(newest_source_updated_at) from etl_run where status = 'completed'")) {
            rs.next();
            LocalDateTime newest = rs.getObject(1, LocalDateTime.class);
            return newest == null ? "–" : newest.format(MINUTES);
        } catch (SQLException e) {
            throw new DwException("cannot read when the data was loaded: " + Warehouse.firstLine(e.getMessage()), e);
        }
    }
}
