package com.homeservices.dw.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading rendered reports back: a PDF's text, its fonts, an XLSX sheet's cells. */
final class ReportFiles {

    private ReportFiles() {
    }

    static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The cells of a row in the PDF's text, in order, separated by white space only. */
    static void assertRow(String text, String... cells) {
        String pattern = String.join("\\s+", Arrays.stream(cells).map(Pattern::quote).toList());
        assertThat(Pattern.compile(pattern).matcher(text).find()).as("a row %s in%n%s", String.join(" | ", cells), text)
                .isTrue();
    }

    /** Every font of every page is Noto Sans SC, embedded: Chinese text is real glyphs. */
    static void assertNotoSansEmbedded(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.getName()).contains("NotoSansSC");
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
    }

    /**
     * A sheet as lines of cells joined by '|': numbers as the cell's number with the decimals its format shows,
     * marked {@code n:} so a number stored as text cannot pass; dates as ISO; strings as they are.
     */
    static List<String> sheet(Path xlsx, String name) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet(name);
            assertThat(sheet).as("sheet " + name).isNotNull();
            assertThat(sheet.getPaneInformation().isFreezePane()).as("frozen header in " + name).isTrue();
            List<String> lines = new ArrayList<>();
            int columns = sheet.getRow(0).getLastCellNum();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    cells.add(text(row.getCell(c)));
                }
                lines.add(String.join("|", cells));
            }
            return lines;
        }
    }

    static List<String> sheetNames(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            return names;
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate().toString();
            }
            String format = cell.getCellStyle().getDataFormatString();
            int decimals = format.contains(".") ? format.length() - format.indexOf('.') - 1 : 0;
            return "n:" + new java.math.BigDecimal(cell.getNumericCellValue())
                    .setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
        }
        if (cell.getCellType() == CellType.BOOLEAN) {
            return Boolean.toString(cell.getBooleanCellValue());
        }
        return cell.getStringCellValue();
    }
}
