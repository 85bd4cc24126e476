package com.homeservices.dw.reports;

import java.util.List;
import java.util.Map;

/**
 * One table of a report as its SQL returned it: the same rows go to the PDF, the XLSX and the CSV.
 *
 * @param columns the column labels in the query's order
 * @param rows    each row by column label; dates as {@code LocalDate}, amounts as {@code BigDecimal}
 */
record TableRows(ReportDefinition.Table table, List<String> columns, List<Map<String, Object>> rows) {

    /** The columns the XLSX and CSV carry: all but the PDF's own (names shown beside codes). */
    List<String> exportColumns() {
        return columns.stream().filter(c -> !table.pdfOnly().contains(c)).toList();
    }

    /**
     * The rows the PDF lists: all, or the first {@code head} where the table is cut to its head and {@code wholeList}
     * is not asked for (one outlet's scope).
     */
    List<Map<String, Object>> pdfRows(int head, boolean wholeList) {
        return table.pdfHead() && !wholeList && rows.size() > head ? rows.subList(0, head) : rows;
    }
}
