package com.homeservices.dw.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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

    /** The column a draft's XLSX and CSV carry on every row: {@code incomplete: data to 2026-12-07}. */
    static final String DRAFT_COLUMN = "draft";

    /** The same rows with {@link #DRAFT_COLUMN} last, saying {@code note} on each. */
    TableRows markedDraft(String note) {
        List<String> marked = new ArrayList<>(columns);
        marked.add(DRAFT_COLUMN);
        List<Map<String, Object>> markedRows = rows.stream().map(row -> {
            Map<String, Object> copy = new LinkedHashMap<>(row);
            copy.put(DRAFT_COLUMN, note);
            return (Map<String, Object>) copy;
        }).toList();
        return new TableRows(table, marked, markedRows);
    }

    /**
     * The rows the PDF lists: all, or the first {@code head} where the table is cut to its head and {@code wholeList}
     * is not asked for (one outlet's scope).
     */
    List<Map<String, Object>> pdfRows(int head, boolean wholeList) {
        return table.pdfHead() && !wholeList && rows.size() > head ? rows.subList(0, head) : rows;
    }
}
