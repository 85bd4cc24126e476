package com.homeservices.dw.reports;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignExpression;
import net.sf.jasperreports.engine.design.JRDesignParameter;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.type.EvaluationTimeEnum;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;

/**
 * The look every report shares, added to each template when it is compiled, so no template repeats it: a title band
 * with the report's title, its period and scope, when it was produced and the newest data it is built on, and a page
 * footer "page X of Y" (a draft's says on every page that it is incomplete, and how far its data go). A template holds only its own bands (column headers, groups, details, summary).
 */
final class ReportFrame {

    /** Set by the renderer: {@code Fortnight 2024-01-01 – 2024-01-14    Scope: whole company}. */
    static final String PERIOD_AND_SCOPE = "FRAME_PERIOD_AND_SCOPE";
    /** Set by the renderer: {@code Produced 2026-12-02 06:00    Data as of 2026-12-01 23:59}. */
    static final String TIMES = "FRAME_TIMES";
    /** Set by the renderer for a draft only: {@code Incomplete: data to 2026-12-07}, on every page's footer. */
    static final String DRAFT = "FRAME_DRAFT";

    private ReportFrame() {
    }

    static void apply(JasperDesign design) throws JRException {
        if (design.getTitle() != null && design.getTitle().getHeight() > 0) {
            throw new JRException(design.getName() + ": a template leaves the title band to the shared frame");
        }
        for (String name : new String[] {PERIOD_AND_SCOPE, TIMES, DRAFT}) {
            JRDesignParameter parameter = new JRDesignParameter();
            parameter.setName(name);
            parameter.setValueClass(String.class);
            design.addParameter(parameter);
        }
        int width = design.getColumnWidth();
        JRDesignBand title = new JRDesignBand();
        title.setHeight(62);
        title.addElement(text(design, 0, 0, width, 24, "Title", "$R{title}"));
        title.addElement(text(design, 0, 26, width, 14, "Subtitle", "$P{" + PERIOD_AND_SCOPE + "}"));
        title.addElement(text(design, 0, 42, width, 14, "Note", "$P{" + TIMES + "}"));
        design.setTitle(title);

        JRDesignBand footer = new JRDesignBand();
        footer.setHeight(16);
        JRDesignTextField draft = text(design, 0, 2, width / 2, 14, "Draft", "$P{" + DRAFT + "}");
        draft.setBlankWhenNull(true);
        footer.addElement(draft);
        JRDesignTextField current = text(design, 0, 2, width - 102, 14, "PageNumber",
                "msg($R{frame.page.current}, $V{PAGE_NUMBER})");
        current.setHorizontalTextAlign(HorizontalTextAlignEnum.RIGHT);
        footer.addElement(current);
        JRDesignTextField total = text(design, width - 102, 2, 102, 14, "PageNumber",
                "\" \" + msg($R{frame.page.total}, $V{PAGE_NUMBER})");
        total.setEvaluationTime(EvaluationTimeEnum.REPORT);
        footer.addElement(total);
        design.setPageFooter(footer);
    }

    private static JRDesignTextField text(JasperDesign design, int x, int y, int width, int height, String style,
                                          String expression) {
        JRDesignTextField field = new JRDesignTextField(design);
        field.setX(x);
        field.setY(y);
        field.setWidth(width);
        field.setHeight(height);
        field.setStyleNameReference(style);
        field.setExpression(new JRDesignExpression(expression));
        return field;
    }
}
