package com.homeservices.dw.reports;

import com.homeservices.dw.warehouse.PrivateFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A report as an XLSX workbook (Apache POI), one sheet per table, the header row frozen: numbers are numeric cells
 * (an amount shows its two places), dates are date cells shown as ISO, so finance can sum and filter at once. A
 * workbook cell is a binary floating-point number by the file format's own definition; an amount of up to 15
 * digits survives it exactly to the cent.
 */
final class XlsxOutput {

    /** Rows kept in memory while a sheet is streamed to disk. */
    private static final int WINDOW = 200;

    private XlsxOutput() {
    }

    static void write(List<TableRows> tables, Path file, PrivateFiles.Access access) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            Styles styles = new Styles(workbook);
            for (TableRows table : tables) {
                sheet(workbook.createSheet(table.table().name()), table, styles);
            }
            try (OutputStream out = PrivateFiles.newOutputStream(file, access)) {
                workbook.write(out);
            }
            workbook.dispose();
        }
    }

    private static void sheet(Sheet sheet, TableRows table, Styles styles) {
        List<String> columns = table.exportColumns();
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c));
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(c, Math.min(60, Math.max(12, columns.get(c).length() + 2)) * 256);
        }
        sheet.createFreezePane(0, 1);
        int r = 1;
        for (Map<String, Object> values : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < columns.size(); c++) {
                Object value = values.get(columns.get(c));
                if (value != null) {
                    set(row.createCell(c), value, styles);
                }
            }
        }
    }

    private static void set(Cell cell, Object value, Styles styles) {
        if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(styles.decimals(number.scale()));
        } else if (value instanceof Number number) {
            cell.setCellValue(number.longValue());
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date);
        } else if (value instanceof LocalDateTime time) {
            cell.setCellValue(time);
            cell.setCellStyle(styles.time);
        } else if (value instanceof Boolean flag) {
            cell.setCellValue(flag);
        } else {
            cell.setCellValue(value.toString());
        }
    }

    /** The workbook's few cell styles, made once (a workbook holds at most 64,000). */
    private static final class Styles {
        private final SXSSFWorkbook workbook;
        private final CellStyle header;
        private final CellStyle date;
        private final CellStyle time;
        private final Map<Integer, CellStyle> decimals = new HashMap<>();

        Styles(SXSSFWorkbook workbook) {
            this.workbook = workbook;
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            date = format("yyyy-mm-dd");
            time = format("yyyy-mm-dd hh:mm");
        }

        CellStyle decimals(int scale) {
            return decimals.computeIfAbsent(Math.max(0, scale),
                    s -> format(s == 0 ? "0" : "0." + "0".repeat(s)));
        }

        private CellStyle format(String pattern) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
            return style;
        }
    }
}
