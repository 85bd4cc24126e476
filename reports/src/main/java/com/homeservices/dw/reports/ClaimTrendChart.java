package com.homeservices.dw.reports;

import com.homeservices.dw.warehouse.period.Fortnight;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ResourceBundle;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The 12-fortnight trend of net claim cost that reports.md asks for on the Claim Totals report, drawn with
 * JFreeChart (JasperReports' own chart module has no release that matches the PDF module this project can use).
 */
final class ClaimTrendChart {

    static final int FORTNIGHTS = 12;

    private ClaimTrendChart() {
    }

    static BufferedImage draw(Connection connection, Fortnight last, Scope scope, ResourceBundle labels)
            throws SQLException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Fortnight first = new Fortnight(last.start().minusDays((long) Fortnight.DAYS * (FORTNIGHTS - 1)));
        for (Fortnight f = first; !f.start().isAfter(last.start()); f = f.next()) {
            data.addValue(BigDecimal.ZERO, "net", f.start().toString().substring(5));
        }
        try (PreparedStatement query = connection.prepareStatement("select fortnight_start_on, sum(settled_net_cost)"
                + " from mart_claim_totals_fortnight where fortnight_start_on between ? and ?"
                + " and (cast(? as varchar) is null or business_unit_code = ?)"
                + " and (cast(? as varchar) is null or outlet_code = ?) group by 1")) {
            query.setObject(1, first.start());
            query.setObject(2, last.start());
            query.setString(3, scope.businessUnit());
            query.setString(4, scope.businessUnit());
            query.setString(5, scope.outlet());
            query.setString(6, scope.outlet());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    data.setValue(rows.getBigDecimal(2), "net", rows.getDate(1).toLocalDate().toString().substring(5));
                }
            }
        }
        JFreeChart chart = ChartFactory.createLineChart(labels.getString("chart.title"), null,
                labels.getString("chart.axis"), data, PlotOrientation.VERTICAL, false, false, false);
        Font font = chartFont();
        chart.getTitle().setFont(font.deriveFont(Font.BOLD, 16f));
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.getDomainAxis().setTickLabelFont(font.deriveFont(13f));
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        plot.getRangeAxis().setTickLabelFont(font.deriveFont(13f));
        plot.getRangeAxis().setLabelFont(font.deriveFont(13f));
        plot.getRenderer().setSeriesPaint(0, new Color(0x1F3A5F));
        plot.getRenderer().setSeriesStroke(0, new BasicStroke(3f));
        return chart.createBufferedImage(1604, 320);
    }

    /** The embedded Noto Sans SC, so Chinese chart labels are glyphs too. */
    private static Font chartFont() {
        try (InputStream in = ClaimTrendChart.class.getClassLoader()
                .getResourceAsStream("fonts/noto-sans-sc/NotoSansSC-Regular.ttf")) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            return new Font(Font.SANS_SERIF, Font.PLAIN, 9);
        }
    }
}
