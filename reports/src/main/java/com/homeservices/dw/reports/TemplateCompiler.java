package com.homeservices.dw.reports;

import java.nio.file.Path;

/** The build step that compiles every report template (reports/pom.xml runs it after the classes are compiled). */
public final class TemplateCompiler {

    private TemplateCompiler() {
    }

    /** @param args the build's classes folder, where each {@code reports/<name>/<name>.jasper} is written */
    public static void main(String[] args) throws Exception {
        Templates.compileAll(Path.of(args[0]));
    }
}
