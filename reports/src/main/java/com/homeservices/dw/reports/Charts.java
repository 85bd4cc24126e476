package com.homeservices.dw.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A report's charts, drawn with JFreeChart from their SQL's {@code category, series, value} rows (JasperReports' own
 * chart module has no release that matches the PDF module this project can use). A null value is a gap: a period
 * that was not computed is not drawn as a zero. Titles, axes and series names come from the report's bundle:
 * {@code chart.<name>.title}, {@code chart.<name>.axis}, {@code chart.<name>.series.<series>}, and a category's
 * {@code category.<category>} where the bundle has one.
 */
final class Charts {

    private static final Color[] SERIES = {new Color(0x1F3A5F), new Color(0xC8553D), new Color(0x6A994E),
            new Color(0xF2A541), new Color(0x7B6D8D), new Color(0x3E8989), new Color(0x9A8C98)};
    private static volatile Font font;

    private Charts() {
    }

    static BufferedImage draw(ReportDefinition.Chart chart, List<Map<String, Object>> rows, ResourceBundle labels,
                              int width, int height) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Map<String, Object> row : rows) {
            String series = String.valueOf(row.get("series"));
            String key = "chart." + chart.name() + ".series." + series;
            String category = String.valueOf(row.get("category"));
            String categoryKey = "category." + category;
            data.addValue((BigDecimal) row.get("value"), labels.containsKey(key) ? labels.getString(key) : series,
                    labels.containsKey(categoryKey) ? labels.getString(categoryKey) : category);
        }
        String title = labels.getString("chart." + chart.name() + ".title");
        String axis = labels.getString("chart." + chart.name() + ".axis");
        boolean legend = data.getRowCount() > 1;
        JFreeChart drawn = chart.kind().equals("bar")
                ? ChartFactory.createBarChart(title, null, axis, data, PlotOrientation.VERTICAL, legend, false, false)
                : ChartFactory.createLineChart(title, null, axis, data, PlotOrientation.VERTICAL, legend, false, false);
        Font base = font();
        drawn.getTitle().setFont(base.deriveFont(Font.BOLD, 16f));
        drawn.setBackgroundPaint(Color.WHITE);
        if (drawn.getLegend() != null) {
            drawn.getLegend().setItemFont(base.deriveFont(13f));
        }
        CategoryPlot plot = drawn.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.getDomainAxis().setTickLabelFont(base.deriveFont(13f));
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        plot.getRangeAxis().setTickLabelFont(base.deriveFont(13f));
        plot.getRangeAxis().setLabelFont(base.deriveFont(13f));
        if (plot.getRenderer() instanceof BarRenderer bars) {
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
        }
        for (int i = 0; i < data.getRowCount(); i++) {
            plot.getRenderer().setSeriesPaint(i, SERIES[i % SERIES.length]);
            plot.getRenderer().setSeriesStroke(i, new BasicStroke(3f));
        }
        return drawn.createBufferedImage(width, height);
    }

    /** The embedded Noto Sans SC, so Chinese chart labels are glyphs too. */
    private static Font font() {
        if (font == null) {
            try (InputStream in = Charts.class.getClassLoader()
                    .getResourceAsStream("fonts/noto-sans-sc/NotoSansSC-Regular.ttf")) {
                font = Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("the embedded Noto Sans SC is not a TrueType font", e);
            }
        }
        return font;
    }
}
