package com.homeservices.dw.reports;

import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.period.Period;
import com.homeservices.dw.warehouse.period.PeriodKind;
import com.homeservices.dw.warehouse.policy.ProfitabilityPolicy;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The source rows behind one figure of one row of a report (docs/explain.md): the report table's
 * {@code explain/<table>.sql} lists every row that adds to any figure of the table, each figure as a column of what
 * the row adds; one figure's explanation is the rows that add to it, their sum, and the figure itself as the report
 * shows it, which must be the same.
 */
public final class FigureExplainer implements AutoCloseable {

    /** The units a column's name ends with in the report's tables (money, percent), which a figure may be named without. */
    private static final List<String> UNIT_SUFFIXES = List.of("_cny", "_pct");
    /** Outlet Profitability's daily revenue target, explained by its formula (metrics.md), and its fixed costs. */
    private static final String DAILY_TARGET = "daily_revenue_target_cny";
    private static final List<String> FIXED_COSTS = List.of("outlet_expenses_cny", "admin_payroll_cny",
            "head_office_allocation_cny");
    /** What the daily target's formula takes from each month: its revenue, direct labour and claim cost. */
    private static final List<String> MONTH_FLOWS = List.of("revenue_cny", "direct_labour_cny", "claim_cost_cny");
    /** The suffix of a rounded amount's exact value, which a table carries for its totals. */
    private static final String EXACT_SUFFIX = "_exact";
    /**
     * A row that adds a share of its amount (a week's days of a month's cost, an outlet's part of the head office's)
     * says so in these two columns: it adds amount × share_times ÷ share_over, worked out here exactly.
     */
    private static final String SHARE_TIMES = "share_times";
    private static final String SHARE_OVER = "share_over";
    /** The rows that add their whole amount, as {@link #shareOf} finds them: share_times = share_over, not 0. */
    private static final String WHOLE_AMOUNT = SHARE_TIMES + " = " + SHARE_OVER + " and " + SHARE_OVER + " <> 0";
    /** DuckDB's number of a table's row. */
    private static final String ROW_ID = "rowid";
    /** The decimals a share of an amount keeps before the sum is rounded to the figure's. */
    private static final int SHARE_SCALE = 10;

    /** Names the tables of explain rows an explainer makes, unique in the process (a web connection serves many). */
    private static final AtomicLong LISTED = new AtomicLong();

    private final Warehouse warehouse;
    private final FormulaWords words;
    /** The tables of explain rows made and not yet dropped: the listings of the explanations handed out. */
    private final List<String> made = new ArrayList<>();

    public FigureExplainer(Warehouse warehouse) {
        this(warehouse, Language.EN);
    }

    /** An explainer whose formulas are worded in {@code language} (the web archive's reader's). */
    public FigureExplainer(Warehouse warehouse, Language language) {
        this.warehouse = warehouse;
        this.words = new FormulaWords(language);
        // the segmentation's explain SQL reads customer_window, the attendance's leave_runs
        warehouse.prepareExplainMacros();
    }

    /**
     * One figure explained.
     *
     * @param columns what identifies each row (its key, source id, load run, dates), then the figure's column
     * @param rows    the rows that add to the figure, in the explain SQL's order: all of them, or the first
     *                {@code head} when more were asked for with a head ({@link #listing} holds them all)
     * @param count   how many rows add to the figure
     * @param sum     what they add up to
     * @param figure  the figure in the report's row
     * @param listing where DuckDB holds every row when {@code rows} is their head, else null
     */
    public record Explanation(String report, Period period, RowKey row, String figureColumn, List<String> columns,
                              List<Map<String, Object>> rows, long count, BigDecimal sum, BigDecimal figure,
                              List<Explanation> parts, String formula, Listing listing) {

        /** Whether every row of the explanation and of its parts is in {@link #rows}. */
        public boolean isWhole() {
            return listing == null && parts.stream().allMatch(Explanation::isWhole);
        }

        /** Whether the figure is worked out from others (a ratio, the daily target), explained by the {@link #parts}. */
        public boolean isRatio() {
            return !parts.isEmpty();
        }

        /** The sum as the report rounds the figure (half up, to its decimals): a total is the exact sum rounded once. */
        public BigDecimal rounded() {
            return sum.scale() > figure.scale() ? sum.setScale(figure.scale(), RoundingMode.HALF_UP) : sum;
        }

        /** Whether the rows add up to the figure. */
        public boolean agrees() {
            return rounded().compareTo(figure) == 0;
        }
    }

    /**
     * One table of a report as its CSV carries it, for a reader's scope, with the columns whose figures can be
     * explained ({@link #explain}) for a row that names its outlet.
     *
     * @param name    the table's name in the report ({@code outlets})
     * @param columns the CSV's columns, in order
     * @param rows    each row by column
     * @param figures the columns of {@code columns} that can be explained
     * @param rowKeys the columns besides the outlet that tell its rows apart
     * @param total   how many rows the table has ({@code rows} may be its head)
     */
    public record FigureTable(String name, List<String> columns, List<Map<String, Object>> rows,
                              List<String> figures, List<String> rowKeys, long total) {

        /**
         * The row key a figure of {@code row} is explained with ({@code outlet:SH-01}; {@code cut:position,
         * cut_value:nanny} in a table of the company's without an outlet column), or null when none.
         */
        public RowKey rowKey(Map<String, Object> row) {
            if (figures.isEmpty()) {
                return null;
            }
            Object outlet = row.get(OUTLET_COLUMN);
            if (outlet == null && columns.contains(OUTLET_COLUMN)) {
                return null;
            }
            // a table of business units' rows (no outlet column) explains each as its unit's
            Object unit = columns.contains(OUTLET_COLUMN) ? null : row.get(UNIT_COLUMN);
            Map<String, String> keys = new LinkedHashMap<>();
            rowKeys.forEach(key -> keys.put(key, String.valueOf(row.get(key))));
            try {
                return new RowKey(outlet != null ? new Scope(Scope.Kind.OUTLET, outlet.toString())
                        : unit != null ? new Scope(Scope.Kind.BUSINESS_UNIT, unit.toString()) : Scope.COMPANY, keys);
            } catch (IllegalArgumentException notAKey) {
                return null;
            }
        }
    }

    /**
     * Where every row of a long explanation is: a temporary table of the explainer's connection, its rows with a value
     * in {@code figure}, in order, with {@code columns}; written out by {@link ExplanationOutput} until the explainer
     * is closed. A row that adds a share of its amount has the share, worked out here, as text in {@code shown}
     * (null: no row does).
     */
    public record Listing(String table, List<String> columns, String figure, String shown) {
    }

    /** The column that names a row's outlet in every report table that has one row per outlet. */
    private static final String OUTLET_COLUMN = "outlet_code";
    /** The column that names a row's business unit. */
    private static final String UNIT_COLUMN = "business_unit_code";

    /** Every table of {@code reportName} for {@code period} in {@code scope}, as its CSV file holds it. */
    public List<FigureTable> tables(String reportName, Period period, Scope scope) {
        return tables(reportName, period, scope, Integer.MAX_VALUE);
    }

    /**
     * As {@link #tables(String, Period, Scope)}, each table's first {@code head} rows only (a page's), with how many it
     * has ({@link FigureTable#total}).
     */
    public List<FigureTable> tables(String reportName, Period period, Scope scope, int head) {
        ReportDefinition report = ReportCatalogue.load().named(reportName);
        report.checkMadePer(period);
        // an explanation reads whatever was computed, a draft too
        Readiness.check(warehouse, report, period, scope, true);
        ReportQueries queries = new ReportQueries(warehouse.connection(), period, scope);
        List<FigureTable> tables = new ArrayList<>();
        for (ReportDefinition.Table table : report.tables()) {
            TableRows shown = head == Integer.MAX_VALUE ? queries.table(report.name(), table)
                    : queries.tableHead(report.name(), table, head);
            long total = shown.rows().size() < head ? shown.rows().size() : queries.count(report.name(), table);
            List<String> columns = shown.exportColumns();
            List<String> figures = new ArrayList<>();
            // a row of the whole company's (Claim Totals' reconciliation line) is shown to every reader but its rows,
            // the other units' claims too, are explained to a reader of the company alone
            boolean companyRow = !columns.contains(OUTLET_COLUMN) && !columns.contains(UNIT_COLUMN);
            if (hasExplanation(report, table) && (scope.kind() == Scope.Kind.COMPANY || !companyRow)) {
                List<String> explained = queries.columns(table.explainSql(report.name()));
                columns.stream().filter(c -> explained.contains(c) || table.workedOut().contains(c))
                        .filter(c -> shown.rows().stream().map(r -> r.get(c)).allMatch(v -> v == null || v instanceof Number))
                        .forEach(figures::add);
            }
            tables.add(new FigureTable(table.name(), columns, shown.rows(), List.copyOf(figures), table.rowKeys(),
                    total));
        }
        return tables;
    }

    private static boolean hasExplanation(ReportDefinition report, ReportDefinition.Table table) {
        return FigureExplainer.class.getClassLoader().getResource(table.explainSql(report.name())) != null;
    }

    /**
     * Explains {@code figure} (a column of one of the report's tables, its {@code _cny} or {@code _pct} optional) of the row
     * that {@code row} picks (an outlet or a business unit, as a scope) in {@code period}.
     */
    public Explanation explain(String reportName, Period period, Scope row, String figure) {
        return explain(reportName, period, RowKey.of(row), figure);
    }

    /**
     * Explains {@code figure} of the row {@code row} names: its outlet or business unit, and the values of the table's
     * further keys where it has any ({@code outlet:O1,kind:hard}). A report made for the company alone is read whole
     * and the row picked out of it.
     */
    public Explanation explain(String reportName, Period period, RowKey row, String figure) {
        return explain(reportName, period, row, figure, Integer.MAX_VALUE);
    }

    /**
     * As {@link #explain(String, Period, RowKey, String)}, holding the first {@code head} rows of each set in memory
     * and the rest in DuckDB ({@link Explanation#listing}): their count and sum are DuckDB's, to the cent, and
     * {@link ExplanationOutput} writes them all while this explainer is open.
     */
    public Explanation explain(String reportName, Period period, RowKey row, String figure, int head) {
        List<String> before = List.copyOf(made);
        Set<String> listed = new HashSet<>();
        try {
            Explanation explained = explainRow(reportName, period, row, figure, head);
            collectListings(explained, listed);
            return explained;
        } finally {
            // the tables of rows that the explanation does not list from (all, when it failed) are dropped at once
            List<String> spare = made.stream().filter(t -> !before.contains(t) && !listed.contains(t)).toList();
            spare.forEach(this::drop);
        }
    }

    private static void collectListings(Explanation explained, Set<String> into) {
        if (explained.listing() != null) {
            into.add(explained.listing().table());
        }
        explained.parts().forEach(part -> collectListings(part, into));
    }

    /**
     * Writes {@code explained}, made by this explainer, as {@code format} to {@code out}: every row, a long
     * explanation's rest written by DuckDB from its listing.
     */
    public void write(Explanation explained, ExplanationOutput.Format format, OutputStream out) {
        new ExplanationOutput(warehouse.connection()).write(explained, format, out);
    }

    /** Drops the tables of rows this explainer made: its explanations' listings can no longer be written. */
    @Override
    public void close() {
        List.copyOf(made).forEach(this::drop);
    }

    private void drop(String table) {
        warehouse.execute("drop table if exists " + table);
        made.remove(table);
    }

    private Explanation explainRow(String reportName, Period period, RowKey row, String figure, int head) {
        ReportDefinition report = ReportCatalogue.load().named(reportName);
        report.checkMadePer(period);
        Scope queried = report.allowsScope(row.scope().kind()) ? row.scope() : Scope.COMPANY;
        // an explanation reads whatever was computed, a draft too
        Readiness.check(warehouse, report, period, queried, true);
        ReportQueries queries = new ReportQueries(warehouse.connection(), period, queried);
        List<String> known = new ArrayList<>();
        Set<String> shownColumns = new HashSet<>();
        List<ReportDefinition.Table> keyed = report.tables().stream().filter(t -> hasExplanation(report, t))
                .filter(t -> t.rowKeys().size() == row.keys().size() && row.keys().keySet().containsAll(t.rowKeys()))
                // an outlet's or a business unit's row is in a table with a row per outlet
                .filter(t -> row.scope().kind() == Scope.Kind.COMPANY
                        || queries.columns(t.sql(report.name())).contains(OUTLET_COLUMN))
                .toList();
        if (keyed.isEmpty()) {
            throw new IllegalArgumentException(rowsNamed(report, row, queries));
        }
        for (ReportDefinition.Table table : keyed) {
            // the row's own lines of the table alone (a customer's of 40,000), picked by DuckDB
            TableRows shown = queries.tableFor(report.name(), table, row);
            shownColumns.addAll(shown.columns());
            List<Map<String, Object>> rows = shown.rows();
            if (rows.isEmpty()) {
                throw new IllegalArgumentException(report.name() + " has no row for " + row.shown() + " in "
                        + period.key());
            }
            // a business unit's figure is its outlets' rows added up, as the report's unit total adds them
            boolean oneRow = rows.size() == 1;
            Map<String, Object> figures = oneRow ? rows.get(0) : summed(rows, table.ratios().keySet());
            // A figure is a number of the report's row that the explain SQL gives a column of the same name.
            List<String> explainColumns = queries.columns(table.explainSql(report.name()));
            List<String> figureColumns = explainColumns.stream()
                    .filter(name -> figures.get(name) instanceof Number).toList();
            List<String> identity = new ArrayList<>(explainColumns);
            identity.removeAll(figureColumns);
            // a ratio's part that the table does not show (a sum the figure is worked out from) is not identity
            table.ratios().values().forEach(r -> identity.removeAll(List.of(r.numerator(), r.denominator())));
            table.medians().values().forEach(m -> identity.remove(m.of()));
            Sources sources = new Sources(queries.forRow(row), table.explainSql(report.name()), identity, row, head);
            for (String column : figureColumns) {
                if (names(column, figure)) {
                    return explanation(report, period, row, column, listed(sources, column), figures.get(column));
                }
            }
            for (Map.Entry<String, ReportDefinition.Ratio> ratio : table.ratios().entrySet()) {
                if (names(ratio.getKey(), figure)) {
                    ReportDefinition.Ratio parts = ratio.getValue();
                    Listed partRows = parts.denominatorIsFigure()
                            ? listed(sources, parts.numerator(), parts.denominator())
                            : listed(sources, parts.numerator());
                    Explanation numerator = explanation(report, period, row, parts.numerator(), partRows,
                            figures.get(parts.numerator()));
                    Explanation denominator = parts.acrossRows()
                            ? acrossRows(report, period, row, parts.denominator(), table,
                            queries.table(report.name(), table).rows())
                            : parts.denominatorIsFigure() ? explanation(report, period, row, parts.denominator(),
                            partRows, figures.get(parts.denominator())) : null;
                    return ratio(ratio.getKey(), parts, numerator, denominator, rows, oneRow);
                }
            }
            for (Map.Entry<String, ReportDefinition.Median> median : table.medians().entrySet()) {
                if (names(median.getKey(), figure)) {
                    ReportDefinition.Median middle = median.getValue();
                    // a median is worked out from every value: all of them held
                    Explanation values = explanation(report, period, row, middle.of(),
                            listed(sources.whole(), middle.of()), null);
                    return median(median.getKey(), middle, values, rows, oneRow);
                }
            }
            for (Map.Entry<String, ReportDefinition.Quintile> quintile : table.quintiles().entrySet()) {
                if (names(quintile.getKey(), figure)) {
                    ReportDefinition.Quintile score = quintile.getValue();
                    Explanation measure = explanation(report, period, row, score.measure(),
                            listed(sources, score.measure()), figures.get(score.measure()));
                    Map<String, Object> positions = queries.forRow(row).rows(table.positionsSql(report.name())).get(0);
                    return quintile(quintile.getKey(), score, measure, positions, figures.get(quintile.getKey()));
                }
            }
            if (names(DAILY_TARGET, figure) && shown.columns().contains(DAILY_TARGET)) {
                return dailyRevenueTarget(report, period, row, queried, table, identity, sources, rows, head);
            }
            figureColumns.forEach(name -> known.add(shortName(name)));
            table.workedOut().forEach(name -> known.add(shortName(name)));
            if (shown.columns().contains(DAILY_TARGET)) {
                known.add(shortName(DAILY_TARGET));
            }
        }
        boolean shownButNotExplained = shownColumns.stream().anyMatch(column -> names(column, figure));
        throw new IllegalArgumentException(report.name() + (shownButNotExplained
                ? "'s " + figure + " cannot be explained yet" : " has no figure '" + figure + "'")
                + (known.isEmpty() ? (shownButNotExplained ? "" : " that can be explained yet")
                : "; " + (shownButNotExplained ? "the figures that can are " : "its figures are ")
                + String.join(", ", known)));
    }

    /** How the rows of {@code report}'s tables are named, when {@code row} names none of them. */
    private static String rowsNamed(ReportDefinition report, RowKey row, ReportQueries queries) {
        List<String> ways = new ArrayList<>();
        for (ReportDefinition.Table table : report.tables()) {
            if (!hasExplanation(report, table)) {
                continue;
            }
            String keys = String.join(",", table.rowKeys().stream().map(k -> k + ":VALUE").toList());
            String scope = row.scope().kind() == Scope.Kind.COMPANY ? "outlet:CODE"
                    : row.scope().kindCode() + ":" + row.scope().code();
            String way = queries.columns(table.sql(report.name())).contains(OUTLET_COLUMN)
                    ? scope + (keys.isEmpty() ? "" : "," + keys)
                    : keys.isEmpty() ? "company" : keys;
            if (!ways.contains(way)) {
                ways.add(way);
            }
        }
        if (ways.isEmpty()) {
            return report.name() + " has no figure that can be explained yet";
        }
        return report.name() + " has no row named " + row.text() + ": name one as " + String.join(" or ", ways);
    }

    /**
     * Outlet Profitability's daily revenue target (metrics.md): the month's fixed costs, each with its rows, and the
     * formula with the revenue, direct labour and claim cost of the month and the policy's months before it filled
     * in, each of those read from the same explain SQL for its month, so each is itself explainable.
     */
    private Explanation dailyRevenueTarget(ReportDefinition report, Period month, RowKey row, Scope queried,
                                           ReportDefinition.Table table, List<String> identity,
                                           Sources sources, List<Map<String, Object>> rows, int head) {
        Object shown = rows.size() == 1 ? rows.get(0).get(DAILY_TARGET) : null;
        if (shown == null) {
            throw new IllegalArgumentException(report.name() + " shows no " + DAILY_TARGET + " for " + row.shown()
                    + " in " + month.key() + ": " + (rows.size() != 1 ? "a business unit has none"
                    : month.kind() != PeriodKind.MONTH ? "a week has none"
                    : "its revenue over the months it is measured on is 0"));
        }
        ProfitabilityPolicy policy = warehouse.policy().profitability();
        Listed fixedRows = listed(sources, FIXED_COSTS.toArray(String[]::new));
        List<Explanation> fixed = FIXED_COSTS.stream().map(column -> explanation(report, month, row, column,
                fixedRows, rows.get(0).get(column))).toList();
        BigDecimal fixedSum = fixed.stream().map(Explanation::sum).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal revenue = BigDecimal.ZERO;
        BigDecimal variable = BigDecimal.ZERO;
        List<String> months = new ArrayList<>();
        for (int back = policy.targetMonthsBefore(); back >= 0; back--) {
            Period earlier = month.plus(-back);
            // each month's flows from the same SQL for its month
            ReportQueries monthQueries = new ReportQueries(warehouse.connection(), earlier, queried).forRow(row);
            Listed flows = listed(new Sources(monthQueries, table.explainSql(report.name()), identity, row, head),
                    MONTH_FLOWS.toArray(String[]::new));
            BigDecimal monthRevenue = flows.total(MONTH_FLOWS.get(0));
            BigDecimal labour = flows.total(MONTH_FLOWS.get(1));
            BigDecimal claims = flows.total(MONTH_FLOWS.get(2));
            revenue = revenue.add(monthRevenue);
            variable = variable.add(labour).add(claims);
            months.add(words.say("target.month", earlier.key(), monthRevenue.toPlainString(), labour.toPlainString(),
                    claims.toPlainString()));
        }
        BigDecimal days = BigDecimal.valueOf(month.days());
        BigDecimal cap = policy.variableCostCap();
        BigDecimal target;
        String formula;
        if (variable.compareTo(revenue.multiply(cap)) >= 0) {
            target = fixedSum.divide(BigDecimal.ONE.subtract(cap).multiply(days), SHARE_SCALE, RoundingMode.HALF_UP);
            formula = words.say("target.capped", DAILY_TARGET, fixedSum.toPlainString(), cap.toPlainString(), days);
        } else {
            target = fixedSum.multiply(revenue).divide(revenue.subtract(variable).multiply(days), SHARE_SCALE,
                    RoundingMode.HALF_UP);
            formula = words.say("target", DAILY_TARGET, fixedSum.toPlainString(), revenue.toPlainString(),
                    variable.toPlainString(), days);
        }
        return new Explanation(report.name(), month, row, DAILY_TARGET, List.of(), List.of(), 0, target,
                number(shown), fixed, formula + "; " + String.join("; ", months), null);
    }

    /**
     * A table's explain query for one row, read for the figures asked about only: the rows with a value in one of
     * them, with what identifies each and those figures' columns (an outlet's claim cost need not fetch its orders),
     * made a temporary table of the connection ({@link Listed}), whose rows an explanation holds up to {@code head}.
     */
    private record Sources(ReportQueries queries, String resource, List<String> identity, RowKey row, int head) {

        /** The same query, every row of an explanation held (a median is worked out from them all). */
        Sources whole() {
            return new Sources(queries, resource, identity, row, Integer.MAX_VALUE);
        }
    }

    /** The rows of {@code sources} with a value in one of {@code figures}, as a table of the connection's. */
    private Listed listed(Sources sources, String... figures) {
        List<String> keep = new ArrayList<>(sources.identity());
        keep.addAll(List.of(figures));
        String table = "explained_" + LISTED.incrementAndGet();
        made.add(table);
        sources.queries().makeTable(table, sources.resource(), keep, List.of(figures), sources.row());
        return new Listed(sources.queries(), table, sources.identity(), sources.head());
    }

    /**
     * The explain rows of one row of a report, with a value in the figures asked about, that DuckDB holds in
     * {@code table}: in the explain SQL's order, each with what identifies it ({@code identity}) and those figures.
     */
    private record Listed(ReportQueries queries, String table, List<String> identity, int head) {

        /** Whether a row adds a share of its amount (share_times ÷ share_over), which is worked out here. */
        boolean shares() {
            return identity.contains(SHARE_TIMES) && identity.contains(SHARE_OVER);
        }

        /** What the rows add to {@code figure}, each in full (a month's own flows carry no share): DuckDB's sum. */
        BigDecimal total(String figure) {
            return queries.countAndSum(table, figure, null).sum();
        }
    }

    /** Whether {@code figure} names {@code column}, its unit left out or not. */
    private static boolean names(String column, String figure) {
        return column.equals(figure) || UNIT_SUFFIXES.stream().anyMatch(unit -> column.equals(figure + unit));
    }

    private static String shortName(String column) {
        return UNIT_SUFFIXES.stream().filter(column::endsWith).findFirst()
                .map(unit -> column.substring(0, column.length() - unit.length())).orElse(column);
    }

    /**
     * A ratio explained by its parts: the numerator's rows and the denominator's (or the period's days), the quotient
     * they make, and the figure: the row's own, or for a business unit (whose row the outlets table does not have)
     * its outlets' numerator over their denominator, rounded as theirs are.
     */
    private Explanation ratio(String column, ReportDefinition.Ratio ratio, Explanation numerator,
                                     Explanation denominator, List<Map<String, Object>> shownRows, boolean oneRow) {
        Object shown = oneRow ? shownRows.get(0).get(column) : null;
        BigDecimal over = denominator != null ? denominator.sum() : ratio.fixedDenominator() != null
                ? ratio.fixedDenominator() : BigDecimal.valueOf(numerator.period().days());
        if ((oneRow && shown == null) || over.signum() == 0) {
            throw new IllegalArgumentException(numerator.report() + " shows no " + column + " for "
                    + numerator.row().shown() + " in " + numerator.period().key()
                    + ": " + (ratio.denominator().equals(ReportDefinition.Ratio.PERIOD_DAYS)
                    ? "it has no such figure for a " + numerator.period().kind().code()
                    : "its " + ratio.denominator() + " is 0"));
        }
        BigDecimal times = BigDecimal.valueOf(ratio.times());
        BigDecimal quotient = numerator.sum().multiply(times).divide(over, SHARE_SCALE + 2, RoundingMode.HALF_UP);
        if (ratio.percent()) {
            quotient = quotient.movePointRight(2);
        }
        int scale = shownRows.stream().map(r -> r.get(column)).filter(v -> v != null).findFirst()
                .map(v -> number(v).scale()).orElse(2);
        BigDecimal figure = oneRow ? number(shown) : quotient.setScale(scale, RoundingMode.HALF_UP);
        String timesText = ratio.times() == 1 ? "" : words.say("ratio.times", ratio.times());
        String over100 = ratio.percent() ? words.say("ratio.percent") : "";
        String denominatorText = ratio.denominator().equals(ReportDefinition.Ratio.PERIOD_DAYS)
                ? words.say("ratio.periodDays") : ratio.acrossRows() ? words.say("ratio.acrossRows", ratio.denominator())
                : ratio.denominator();
        String formula = words.say("ratio", column, ratio.numerator(), timesText, denominatorText, over100,
                numerator.sum().toPlainString(), over.toPlainString());
        List<Explanation> parts = denominator == null ? List.of(numerator) : List.of(numerator, denominator);
        return new Explanation(numerator.report(), numerator.period(), numerator.row(), column, List.of(), List.of(),
                0, quotient, figure, parts, formula, null);
    }

    /**
     * A column's total over every row of the table (a share's whole), explained by those rows: each row's keys and its
     * value of the column, each itself explainable.
     */
    private static Explanation acrossRows(ReportDefinition report, Period period, RowKey row, String column,
                                          ReportDefinition.Table table, List<Map<String, Object>> tableRows) {
        List<String> columns = new ArrayList<>(table.rowKeys());
        columns.add(column);
        List<Map<String, Object>> rows = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Map<String, Object> tableRow : tableRows) {
            Map<String, Object> kept = new LinkedHashMap<>();
            columns.forEach(name -> kept.put(name, tableRow.get(name)));
            rows.add(kept);
            sum = sum.add(number(tableRow.get(column)));
        }
        return new Explanation(report.name(), period, row, column, columns, rows, rows.size(), sum, sum, List.of(),
                null, null);
    }

    /**
     * A median explained: the rows with a value, in order of it, and the formula naming the middle one or two; the
     * figure is the row's own, or for a business unit (whose row the table does not have) the median of its outlets'
     * rows, rounded as theirs are.
     */
    private Explanation median(String column, ReportDefinition.Median median, Explanation values,
                                      List<Map<String, Object>> shownRows, boolean oneRow) {
        Object shown = oneRow ? shownRows.get(0).get(column) : null;
        List<Map<String, Object>> ordered = values.rows().stream()
                .sorted(Comparator.comparing(r -> number(r.get(median.of())))).toList();
        if ((oneRow && shown == null) || ordered.isEmpty()) {
            throw new IllegalArgumentException(values.report() + " shows no " + column + " for "
                    + values.row().shown() + " in " + values.period().key() + ": no row has a " + median.of());
        }
        int count = ordered.size();
        int lower = (count + 1) / 2;
        int upper = count / 2 + 1;
        BigDecimal per = BigDecimal.valueOf(median.per());
        BigDecimal low = number(ordered.get(lower - 1).get(median.of()));
        BigDecimal high = number(ordered.get(upper - 1).get(median.of()));
        BigDecimal middle = low.add(high).divide(BigDecimal.valueOf(2).multiply(per), SHARE_SCALE, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        if (middle.scale() < 0) {
            middle = middle.setScale(0);
        }
        String unit = median.unit().isEmpty() ? "" : words.sayOr("median.unit." + median.unit(), " " + median.unit());
        String perText = median.per() == 1 ? "" : words.say("median.per", median.per());
        String middleRows = lower == upper ? words.say("median.one", lower, low.toPlainString(), perText)
                : words.say("median.two", lower, upper, low.toPlainString(), high.toPlainString(), perText);
        String formula = words.say("median", column, count, median.of(), middleRows, middle.toPlainString(), unit);
        int scale = shownRows.stream().map(r -> r.get(column)).filter(v -> v != null).findFirst()
                .map(v -> number(v).scale()).orElse(1);
        BigDecimal figure = oneRow ? number(shown) : middle.setScale(scale, RoundingMode.HALF_UP);
        Explanation inOrder = new Explanation(values.report(), values.period(), values.row(), values.figureColumn(),
                values.columns(), ordered, ordered.size(), values.sum(), values.figure(), List.of(), null, null);
        return new Explanation(values.report(), values.period(), values.row(), column, List.of(), List.of(), 0,
                middle, figure, List.of(inOrder), formula, null);
    }

    /** The number of groups an RFM score puts the customers in. */
    private static final int QUINTILES = 5;

    /**
     * A score by {@code NTILE(5)}: its measure's rows (what puts the row where it is), and the formula with the row's
     * position and the count filled in: the first count % 5 groups hold one more than the others, as SQL's NTILE.
     */
    private Explanation quintile(String column, ReportDefinition.Quintile score, Explanation measure,
                                        Map<String, Object> positions, Object shown) {
        long position = number(positions.get(score.position())).longValueExact();
        long count = number(positions.get("active_customers")).longValueExact();
        long size = count / QUINTILES;
        long larger = count % QUINTILES;
        List<String> starts = new ArrayList<>();
        long start = 1;
        long group = 0;
        for (int g = 1; g <= QUINTILES; g++) {
            starts.add(String.valueOf(start));
            long next = start + size + (g <= larger ? 1 : 0);
            if (position >= start && position < next) {
                group = g;
            }
            start = next;
        }
        String order = words.sayOr("quintile.order." + score.order().replace(' ', '_'), score.order());
        String formula = words.say("quintile", column, position, count, score.measure(), order,
                String.join(", ", starts), group);
        return new Explanation(measure.report(), measure.period(), measure.row(), column, List.of(), List.of(), 0,
                BigDecimal.valueOf(group), number(shown), List.of(measure), formula, null);
    }

    /**
     * The rows that add to {@code column}, what identifies them and what each adds, and their sum, the first
     * {@code head} rows held: DuckDB's count and sum, but for the rows adding a share of their amount, whose shares are
     * worked out here (only those rows read).
     */
    private static Explanation explanation(ReportDefinition report, Period period, RowKey row, String column,
                                           Listed listed, Object figure) {
        List<String> columns = new ArrayList<>(listed.identity());
        columns.removeAll(List.of(SHARE_TIMES, SHARE_OVER));
        columns.add(column);
        ReportQueries queries = listed.queries();
        ReportQueries.CountAndSum counted = queries.countAndSum(listed.table(), column, null);
        if (listed.shares()) {
            // a row adding its whole amount is summed by DuckDB; a share of one is worked out here, exactly
            List<String> read = new ArrayList<>(listed.identity());
            read.add(column);
            BigDecimal sum = queries.countAndSum(listed.table(), column, WHOLE_AMOUNT).sum();
            List<String> keyed = new ArrayList<>(List.of(ROW_ID));
            keyed.addAll(read);
            List<Map<String, Object>> shares = queries.tableRows(listed.table(), keyed, column,
                    "not coalesce(" + WHOLE_AMOUNT + ", false)", Integer.MAX_VALUE);
            for (Map<String, Object> shared : shares) {
                sum = sum.add(shareOf(number(shared.get(column)), shared));
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Map<String, Object> source : queries.tableRows(listed.table(), read, column, null, listed.head())) {
                Map<String, Object> kept = new LinkedHashMap<>(columns.size() * 2);
                columns.forEach(name -> kept.put(name, source.get(name)));
                kept.put(column, shareOf(number(source.get(column)), source));
                rows.add(kept);
            }
            Listing listing = null;
            if (rows.size() < counted.count()) {
                // the rows written out show each share as this works it out
                String shown = shares.isEmpty() ? null : column + "_shown";
                if (shown != null) {
                    queries.addShown(listed.table(), shown, shares.stream().collect(Collectors.toMap(
                            r -> ((Number) r.get(ROW_ID)).longValue(),
                            r -> shareOf(number(r.get(column)), r).toPlainString())));
                }
                listing = new Listing(listed.table(), columns, column, shown);
            }
            return new Explanation(report.name(), period, row, column, columns, rows, counted.count(), sum,
                    figure == null ? sum : number(figure), List.of(), null, listing);
        }
        List<Map<String, Object>> rows = queries.tableRows(listed.table(), columns, column, null, listed.head());
        Listing listing = rows.size() < counted.count() ? new Listing(listed.table(), columns, column, null) : null;
        // a sum a ratio is worked out from that the report does not show as a column is its rows' sum
        return new Explanation(report.name(), period, row, column, columns, rows, counted.count(), counted.sum(),
                figure == null ? counted.sum() : number(figure), List.of(), null, listing);
    }

    /** What a row adds: its amount, or its share of it (share_times ÷ share_over) to ten decimals, trailing zeros cut. */
    private static BigDecimal shareOf(BigDecimal amount, Map<String, Object> source) {
        if (!source.containsKey(SHARE_TIMES) || !source.containsKey(SHARE_OVER)) {
            return amount;
        }
        BigDecimal times = number(source.get(SHARE_TIMES));
        BigDecimal over = number(source.get(SHARE_OVER));
        if (times.compareTo(over) == 0 && over.signum() != 0) {
            return amount;
        }
        if (over.signum() == 0) {
            return BigDecimal.ZERO.setScale(amount.scale());
        }
        BigDecimal share = amount.multiply(times).divide(over, SHARE_SCALE, RoundingMode.HALF_UP);
        BigDecimal cut = share.stripTrailingZeros();
        return cut.scale() < amount.scale() ? share.setScale(amount.scale(), RoundingMode.UNNECESSARY) : cut;
    }

    /**
     * Each column that is a number in every row, added up over the rows; a ratio is not added up. A rounded amount
     * with its exact value beside it ({@code profit_cny}, {@code profit_exact}) is the exact values' sum rounded once,
     * as the report's totals are.
     */
    private static Map<String, Object> summed(List<Map<String, Object>> rows, Set<String> ratios) {
        Map<String, Object> sums = new LinkedHashMap<>();
        for (String column : rows.get(0).keySet()) {
            if (ratios.contains(column) || !rows.stream().allMatch(r -> r.get(column) instanceof Number)) {
                continue;
            }
            String exact = shortName(column) + EXACT_SUFFIX;
            if (!column.equals(exact) && rows.stream().allMatch(r -> r.get(exact) instanceof Number)) {
                int scale = number(rows.get(0).get(column)).scale();
                sums.put(column, rows.stream().map(r -> number(r.get(exact))).reduce(BigDecimal.ZERO, BigDecimal::add)
                        .setScale(scale, RoundingMode.HALF_UP));
            } else {
                sums.put(column, rows.stream().map(r -> number(r.get(column))).reduce(BigDecimal.ZERO, BigDecimal::add));
            }
        }
        return sums;
    }

    private static BigDecimal number(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }
}
