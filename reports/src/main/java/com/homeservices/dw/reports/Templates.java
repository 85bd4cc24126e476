package com.homeservices.dw.reports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.util.JRSaver;
import net.sf.jasperreports.engine.xml.JRXmlLoader;

/**
 * The reports' compiled templates. The build compiles each once ({@link TemplateCompiler}, with the shared
 * {@link ReportFrame}) into {@code <name>.jasper} beside its JRXML; a run loads that, and compiles only when it is
 * missing (a template edited and run without a build).
 */
final class Templates {

    static {
        // Spark's shaded Hadoop ships a Woodstox that the StAX lookup may find first; Jasper 7 reads JRXML through
        // Jackson XML, which needs the real one (jackson-dataformat-xml's). Set before any XML factory is created.
        setIfAbsent("javax.xml.stream.XMLInputFactory", "com.ctc.wstx.stax.WstxInputFactory");
        setIfAbsent("javax.xml.stream.XMLOutputFactory", "com.ctc.wstx.stax.WstxOutputFactory");
        setIfAbsent("java.awt.headless", "true");
    }

    private static final Map<String, JasperReport> LOADED = new HashMap<>();

    private Templates() {
    }

    static synchronized JasperReport compiled(ReportDefinition definition) throws JRException {
        JasperReport report = LOADED.get(definition.name());
        if (report == null) {
            try (InputStream in = resource(definition.compiledTemplate())) {
                report = in != null ? (JasperReport) JRLoader.loadObject(in) : compile(definition);
            } catch (IOException e) {
                throw new JRException(e);
            }
            LOADED.put(definition.name(), report);
        }
        return report;
    }

    /** The template with the shared frame added, compiled. */
    static JasperReport compile(ReportDefinition definition) throws JRException {
        try (InputStream in = resource(definition.template())) {
            if (in == null) {
                throw new JRException("no template on the classpath at " + definition.template());
            }
            JasperDesign design = JRXmlLoader.load(in);
            ReportFrame.apply(design);
            return JasperCompileManager.compileReport(design);
        } catch (IOException e) {
            throw new JRException(e);
        }
    }

    /** Compiles every report of the catalogue into {@code <classes>/reports/<name>/<name>.jasper}. */
    static void compileAll(Path classes) throws JRException, IOException {
        for (ReportDefinition definition : ReportCatalogue.load().reports()) {
            Path target = classes.resolve(definition.compiledTemplate());
            Files.createDirectories(target.getParent());
            JRSaver.saveObject(compile(definition), target.toFile());
        }
    }

    private static InputStream resource(String name) {
        return Templates.class.getClassLoader().getResourceAsStream(name);
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }
}
