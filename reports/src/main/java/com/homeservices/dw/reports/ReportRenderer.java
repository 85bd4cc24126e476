package com.homeservices.dw.reports;

import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.period.Fortnight;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;

/**
 * Renders a mandated report for a period, language and scope from the warehouse's marts, to PDF (JasperReports) or
 * CSV (the same rows, for finance and HR).
 */
public final class ReportRenderer {

    static {
        // Spark's shaded Hadoop ships a Woodstox that the StAX lookup may find first; Jasper 7 reads JRXML through
        // Jackson XML, which needs the real one (jackson-dataformat-xml's). Set before any XML factory is created.
        setIfAbsent("javax.xml.stream.XMLInputFactory", "com.ctc.wstx.stax.WstxInputFactory");
        setIfAbsent("javax.xml.stream.XMLOutputFactory", "com.ctc.wstx.stax.WstxOutputFactory");
        setIfAbsent("java.awt.headless", "true");
    }

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Map<ReportName, JasperReport> COMPILED = new EnumMap<>(ReportName.class);

    private final Warehouse warehouse;

    public ReportRenderer(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** What to render. */
    public record Request(ReportName report, LocalDate periodStart, Language language, Scope scope,
                          ReportFormat format, Path outFolder) {
    }

    /** Renders the report and returns the file it wrote. */
    public Path render(Request request) {
        LocalDate start = periodStart(request);
        Path file = request.outFolder().resolve(request.report().commandName() + "_" + start
                + request.scope().fileSuffix() + "_" + request.language().code() + "." + request.format().extension());
        try {
            Files.createDirectories(request.outFolder());
            if (request.format() == ReportFormat.CSV) {
                CsvExport.write(warehouse.connection(), request.report(), start, request.scope(), file);
            } else {
                JasperPrint print = JasperFillManager.fillReport(compiled(request.report()),
                        parameters(request, start), warehouse.connection());
                JasperExportManager.exportReportToPdfFile(print, file.toString());
            }
            return file;
        } catch (JRException e) {
            throw new DwException("cannot render " + request.report().commandName() + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new DwException("cannot read the marts for " + request.report().commandName() + ": "
                    + Warehouse.firstLine(e.getMessage()), e);
        } catch (IOException e) {
            throw new DwException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private LocalDate periodStart(Request request) {
        if (request.report().periodKind() == ReportName.PeriodKind.FORTNIGHT) {
            try {
                return Fortnight.starting(request.periodStart(), warehouse.policy().fortnightEpoch()).start();
            } catch (IllegalArgumentException e) {
                throw new DwException(e.getMessage(), e);
            }
        }
        return request.periodStart();
    }

    private Map<String, Object> parameters(Request request, LocalDate start) throws SQLException {
        ResourceBundle labels = ResourceBundle.getBundle("reports/" + request.report().commandName() + "/"
                + request.report().commandName(), request.language().locale());
        Fortnight fortnight = new Fortnight(start);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(JRParameter.REPORT_LOCALE, request.language().locale());
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels);
        parameters.put("FORTNIGHT_START", Date.valueOf(start));
        parameters.put("PERIOD_LABEL", fortnight.start() + " – " + fortnight.end());
        parameters.put("SCOPE_UNIT", request.scope().businessUnit());
        parameters.put("SCOPE_OUTLET", request.scope().outlet());
        parameters.put("SCOPE_LABEL", switch (request.scope().kind()) {
            case COMPANY -> labels.getString("scope.all");
            case BUSINESS_UNIT -> MessageFormat.format(labels.getString("scope.unit"), request.scope().code());
            case OUTLET -> MessageFormat.format(labels.getString("scope.outlet"), request.scope().code());
        });
        parameters.put("GENERATED_AT", LocalDateTime.now(warehouse.policy().zone()).format(MINUTES));
        parameters.put("DATA_AS_OF", dataAsOf());
        parameters.put("TREND_CHART", ClaimTrendChart.draw(warehouse.connection(), fortnight, request.scope(), labels));
        return parameters;
    }

    /** The newest source change the warehouse holds: the time of the newest data a report is built on. */
    private String dataAsOf() throws SQLException {
        try (Statement s = warehouse.connection().createStatement();
             ResultSet rs = s.executeQuery(
                     "select max(newest_source_updated_at) from etl_run where status = 'completed'")) {
            rs.next();
            LocalDateTime newest = rs.getObject(1, LocalDateTime.class);
            return newest == null ? "–" : newest.format(MINUTES);
        }
    }

    private static synchronized JasperReport compiled(ReportName report) throws JRException {
        JasperReport compiled = COMPILED.get(report);
        if (compiled == null) {
            try (InputStream in = ReportRenderer.class.getClassLoader().getResourceAsStream(report.template())) {
                if (in == null) {
                    throw new IllegalStateException("no template on the classpath at " + report.template());
                }
                compiled = JasperCompileManager.compileReport(in);
            } catch (IOException e) {
                throw new JRException(e);
            }
            COMPILED.put(report, compiled);
        }
        return compiled;
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }
}
