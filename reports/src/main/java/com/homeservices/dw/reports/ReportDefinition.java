package com.homeservices.dw.reports;

import com.homeservices.dw.warehouse.period.Period;
import com.homeservices.dw.warehouse.period.PeriodKind;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One mandated report, as its folder's {@code report.yaml} defines it: what it covers, what it reads, whom it goes to.
 *
 * @param name      the name on the command line and the folder's name
 * @param periods   the kinds of period it is made for ({@code fortnight}, {@code week}, {@code month})
 * @param analyses  the analyses whose marts it reads, computed before it in a chain
 * @param marts     the marts it reads: a period is reported only when each was computed for it
 * @param scopes    the scopes it may be cut to ({@code business-unit}, {@code outlet}); none: the company only
 * @param tables    its tables, the first the report's main rows; each a SQL file in the folder's {@code tables/}
 * @param charts    its charts, each a SQL file in the folder's {@code charts/}
 * @param schedule  when it is due, by default
 * @param readers   who reads it, and in which scope
 */
public record ReportDefinition(String name, List<String> periods, List<String> analyses, List<String> marts,
                               List<String> scopes, List<Table> tables, List<Chart> charts, Schedule schedule,
                               List<Reader> readers) {

    public ReportDefinition {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[a-z][a-z-]*")) {
            throw new IllegalArgumentException("a report's name is lowercase words joined by '-', not '" + name + "'");
        }
        periods = List.copyOf(Objects.requireNonNullElse(periods, List.of()));
        if (periods.isEmpty()) {
            throw new IllegalArgumentException(name + ": report.yaml names no period kind");
        }
        periods.forEach(PeriodKind::ofCode);
        analyses = List.copyOf(Objects.requireNonNullElse(analyses, List.of()));
        marts = List.copyOf(Objects.requireNonNullElse(marts, List.of()));
        scopes = List.copyOf(Objects.requireNonNullElse(scopes, List.of()));
        tables = List.copyOf(Objects.requireNonNullElse(tables, List.of()));
        if (tables.isEmpty()) {
            throw new IllegalArgumentException(name + ": report.yaml names no table");
        }
        charts = List.copyOf(Objects.requireNonNullElse(charts, List.of()));
        readers = List.copyOf(Objects.requireNonNullElse(readers, List.of()));
    }

    /**
     * One table of the report: a sheet of the XLSX, a CSV file, a list in the PDF.
     *
     * @param name    its name: the Jasper parameters {@code <name>_ROWS}, {@code <name>_TOTAL}; the sheet; the file
     * @param pdfOnly columns the PDF shows but the XLSX and CSV leave out (a business unit's names beside its code)
     * @param pdfHead whether the PDF shows only the head of a long list (all of it for one outlet's scope)
     * @param ratios  the columns that are one figure over another, by column: explained by both figures' rows
     * @param rowKeys the columns besides the outlet that tell its rows apart ({@code kind}), for explaining a row
     * @param quintiles the columns that are a score by NTILE(5) over a measure, by column
     * @param medians the columns that are the median of a value of the explain SQL's rows, by column
     * @param explainAs another table whose explain SQL gives this one's figures too (a business unit's totals, one
     *                  staff member's row of an outlet's), or null for its own
     */
    public record Table(String name, List<String> pdfOnly, Boolean pdfHead, Map<String, Ratio> ratios,
                        List<String> rowKeys, Map<String, Quintile> quintiles, Map<String, Median> medians,
                        String explainAs) {
        public Table {
            Objects.requireNonNull(name, "table name");
            if (!name.matches("[a-z][a-z_]*")) {
                throw new IllegalArgumentException("a table's name is lowercase words joined by '_', not '" + name + "'");
            }
            pdfOnly = List.copyOf(Objects.requireNonNullElse(pdfOnly, List.of()));
            pdfHead = Objects.requireNonNullElse(pdfHead, false);
            ratios = Map.copyOf(Objects.requireNonNullElse(ratios, Map.of()));
            rowKeys = List.copyOf(Objects.requireNonNullElse(rowKeys, List.of()));
            quintiles = Map.copyOf(Objects.requireNonNullElse(quintiles, Map.of()));
            medians = Map.copyOf(Objects.requireNonNullElse(medians, Map.of()));
            if (explainAs != null && !explainAs.matches("[a-z][a-z_]*")) {
                throw new IllegalArgumentException("explainAs names a table, not '" + explainAs + "'");
            }
        }

        /**
         * {@code explain/<name>_positions.sql}: where the row stands in each of its {@link #quintiles}' orders, and
         * among how many.
         */
        String positionsSql(String report) {
            return "reports/" + report + "/explain/" + name + "_positions.sql";
        }

        /** The columns worked out from other columns' rows (ratios, medians, scores), each explained by those rows. */
        public SortedSet<String> workedOut() {
            SortedSet<String> columns = new TreeSet<>(ratios.keySet());
            columns.addAll(medians.keySet());
            columns.addAll(quintiles.keySet());
            return columns;
        }

        /** {@code tables/<name>.sql} in the report's folder. */
        String sql(String report) {
            return "reports/" + report + "/tables/" + name + ".sql";
        }

        /** {@code explain/<name>.sql} in the report's folder: the source rows behind its figures (docs/explain.md). */
        String explainSql(String report) {
            return "reports/" + report + "/explain/" + (explainAs == null ? name : explainAs) + ".sql";
        }
    }

    /**
     * A figure that is one figure of its row over another (margin = profit ÷ revenue), over the period's days (actual
     * daily revenue = revenue ÷ the month's days) or over a fixed number (the mean of 12 months): none when the
     * denominator is zero.
     *
     * @param numerator   a column of the same table whose rows the explain SQL lists
     * @param denominator another such column, {@code period_days}, or a whole number
     * @param percent     whether the figure is the quotient × 100
     * @param times       a whole number the numerator is multiplied by (a mean's count of months), 1 by default
     * @param acrossRows  whether the denominator is its column's total over every row of the table (a share of the
     *                    whole), explained by those rows
     */
    public record Ratio(String numerator, String denominator, Boolean percent, Integer times, Boolean acrossRows) {
        /** The denominator that is the period's number of days. */
        public static final String PERIOD_DAYS = "period_days";

        public Ratio {
            Objects.requireNonNull(numerator, "a ratio's numerator");
            Objects.requireNonNull(denominator, "a ratio's denominator");
            percent = Objects.requireNonNullElse(percent, false);
            times = Objects.requireNonNullElse(times, 1);
            acrossRows = Objects.requireNonNullElse(acrossRows, false);
            if (times < 1) {
                throw new IllegalArgumentException("a ratio's times is a whole number from 1, not " + times);
            }
        }

        /** The fixed number the ratio divides by, or null when it divides by a figure or the period's days. */
        public java.math.BigDecimal fixedDenominator() {
            return denominator.matches("[1-9][0-9]{0,5}") ? new java.math.BigDecimal(denominator) : null;
        }

        /** Whether the denominator is a column of the table, explained by its own rows. */
        public boolean denominatorIsFigure() {
            return !acrossRows && !denominator.equals(PERIOD_DAYS) && fixedDenominator() == null;
        }
    }

    /**
     * A score that is SQL's {@code NTILE(5)} at the row's position when the rows are put in order of a measure (an RFM
     * score: 1 for the worst fifth, 5 for the best).
     *
     * @param measure  a column of the same table whose rows the explain SQL lists
     * @param position the column of the positions query that holds the row's place in that order (from 1)
     * @param order    the order in words, worst first ({@code most days first})
     */
    public record Quintile(String measure, String position, String order) {
        public Quintile {
            Objects.requireNonNull(measure, "a quintile's measure");
            Objects.requireNonNull(position, "a quintile's position column");
            Objects.requireNonNull(order, "a quintile's order in words");
        }
    }

    /**
     * A figure that is the median of a value each of the explain SQL's rows may have (the minutes to a first
     * response): the middle value, or the mean of the middle two for an even count.
     *
     * @param of      the explain SQL's column holding each row's value, a whole number of {@code per}
     * @param per     how many of the column's units make one of the figure's (60000 milliseconds in a minute)
     * @param unit    the figure's unit in words ({@code minutes})
     */
    public record Median(String of, Integer per, String unit) {
        public Median {
            Objects.requireNonNull(of, "a median's column");
            per = Objects.requireNonNullElse(per, 1);
            unit = Objects.requireNonNullElse(unit, "");
        }
    }

    /**
     * A chart: its SQL returns {@code category, series, value} rows in the order drawn.
     *
     * @param kind    {@code line} or {@code bar}
     * @param periods how many periods it shows, ending with the report's (a trend); 1 for the period alone
     */
    public record Chart(String name, String kind, Integer periods) {
        public Chart {
            Objects.requireNonNull(name, "chart name");
            kind = Objects.requireNonNullElse(kind, "line");
            if (!kind.equals("line") && !kind.equals("bar")) {
                throw new IllegalArgumentException("a chart is a line or a bar chart, not '" + kind + "'");
            }
            periods = Objects.requireNonNullElse(periods, 1);
        }

        String sql(String report) {
            return "reports/" + report + "/charts/" + name + ".sql";
        }
    }

    /** When the report is due: after each period of {@code every} ends, on the day after (a Monday, the 1st). */
    public record Schedule(String every, String note) {
    }

    /** A reader of the report: a role and the scope they receive ({@code company}, {@code business-unit}, …). */
    public record Reader(String role, String scope) {
    }

    public List<PeriodKind> periodKinds() {
        return periods.stream().map(PeriodKind::ofCode).toList();
    }

    /** Refuses, in one sentence, a period of a kind the report is not made per. */
    void checkMadePer(Period period) {
        if (!periodKinds().contains(period.kind())) {
            throw new IllegalArgumentException(name + " is made per " + String.join(" and per ", periods)
                    + ", not per " + period.kind().code());
        }
    }

    /** The trailing periods the report shows, its own included: what a chain must have computed. */
    public int periodsShown() {
        return charts.stream().mapToInt(Chart::periods).max().orElse(1);
    }

    public boolean allowsScope(Scope.Kind kind) {
        return kind == Scope.Kind.COMPANY || scopes.contains(kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** {@code reports/<name>/<name>.jrxml} with its bundles {@code <name>_en}, {@code <name>_zh_CN}. */
    String template() {
        return "reports/" + name + "/" + name + ".jrxml";
    }

    /** The compiled template the build writes beside it. */
    String compiledTemplate() {
        return "reports/" + name + "/" + name + ".jasper";
    }

    String bundle() {
        return "reports/" + name + "/" + name;
    }
}
