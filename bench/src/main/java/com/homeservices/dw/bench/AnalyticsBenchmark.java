package com.homeservices.dw.bench;

import com.homeservices.dw.etl.generator.CompanyGenerator;
import com.homeservices.dw.etl.generator.CsvSourceWriter;
import com.homeservices.dw.etl.generator.ScaleTier;
import com.homeservices.dw.etl.load.BatchInfrastructure;
import com.homeservices.dw.etl.load.LoadJob;
import com.homeservices.dw.etl.source.SourceLocation;
import com.homeservices.dw.etl.source.SourcePassword;
import com.homeservices.dw.warehouse.SqlFiles;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.marts.ClaimTotalsRefresh;
import com.homeservices.dw.warehouse.marts.ComplaintHandlingRefresh;
import com.homeservices.dw.warehouse.marts.CustomerSegmentationRefresh;
import com.homeservices.dw.warehouse.marts.OutletProfitabilityRefresh;
import com.homeservices.dw.warehouse.marts.StaffAttritionRefresh;
import com.homeservices.dw.warehouse.period.Period;
import com.homeservices.dw.warehouse.period.PeriodKind;
import com.homeservices.dw.warehouse.policy.CompanyPolicy;
import com.homeservices.dw.warehouse.spark.SparkSessions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.spark.sql.SparkSession;

/**
 * Times every analytics routine on a generated company, next to the same figures computed by DuckDB SQL alone on
 * the same warehouse (bench/src/main/resources/sql/yardstick/*.sql) in the same run, and checks that both agree. Spark
 * runs {@code local[*]} in this JVM; its start-up is timed on its own and counted in the total.
 *
 * <p>Arguments: {@code --tiers small,medium --work DIR --out FILE}.
 */
public final class AnalyticsBenchmark {

    private static final LocalDate UNTIL = LocalDate.of(2026, 11, 22);
    /** The loaded warehouse before any analysis, kept for {@link #asDwAnalyzeRunsThem}. */
    private static final String LOADED = "dw-loaded.duckdb";
    private static final int DW_RUNS = 2;
    /** Refreshes in the scheduler's JVM: the first pays Spark's start-up and the JIT's warm-up, the others not. */
    private static final int WARM_RUNS = 4;
    /** ./dw's default heap, which the scheduler runs with. */
    private static final String DW_HEAP = "6g";
    private static final String SIDE_BY_SIDE = "all, `./dw analyze` start to exit (slowest run) / DuckDB alone, all";
    private static final String ONE_PERIOD = "one month's refresh, `./dw analyze --from --to` start to exit (slowest"
            + " run) / DuckDB alone";
    private static final String ONE_PERIOD_WARM = "one month's refresh in the scheduler's JVM (slowest after the first)"
            + " / DuckDB alone";

    /**
     * One mart against its yardstick table: rows matched on {@code keys}; {@code exact} columns must be equal,
     * {@code approximate} ones (prorated amounts and ratios, which DuckDB's SQL divides in floating point) within
     * {@link #TOLERANCE}.
     */
    private record Comparison(String mart, String yardstick, String keys, List<String> exact,
                              List<String> approximate) {
    }

    /** What a routine's refresh needs: the history from {@code first} to {@link #UNTIL}, where to run it. */
    private record Run(Warehouse warehouse, SparkSession spark, Path exchange, LocalDate first) {
        Period firstFortnight() {
            return PeriodKind.FORTNIGHT.containing(first, CompanyPolicy.DEFAULT_FORTNIGHT_EPOCH);
        }

        Period lastFortnight() {
            return PeriodKind.FORTNIGHT.containing(UNTIL, CompanyPolicy.DEFAULT_FORTNIGHT_EPOCH);
        }

        YearMonth firstMonth() {
            return YearMonth.from(first);
        }

        YearMonth lastMonth() {
            return YearMonth.from(UNTIL);
        }
    }

    /**
     * One routine: its name, whether its periods are fortnights (else months, by their first days, for the
     * yardsticks' {@code first_day} and {@code last_day}), its Spark refresh, the yardstick's SQL files (run in order)
     * and the marts they are compared with.
     */
    private record Routine(String name, boolean fortnightly, Consumer<Run> spark, List<String> yardstickFiles,
                           List<Comparison> comparisons) {
    }

    private static final String TOLERANCE = "0.00001";

    private static final List<Routine> ROUTINES = List.of(
            new Routine("claim totals", true, r -> new ClaimTotalsRefresh(r.warehouse(), r.spark(), r.exchange())
                    .refresh(r.firstFortnight(), r.lastFortnight()), List.of("claim_totals"), List.of(new Comparison(
                    "mart_claim_totals_fortnight", "yardstick_claim_totals",
                    "fortnight_start_on, business_unit_code, outlet_code",
                    List.of("claims_reported", "claims_settled", "settled_claimed_amount", "settled_approved_amount",
                            "settled_staff_liability_amount", "settled_insurer_recovery", "settled_net_cost",
                            "claims_rejected", "claims_open_at_end", "open_estimated_loss", "outlet_tier_claims",
                            "outlet_tier_approved_amount", "claims_specialist_tier_claims",
                            "claims_specialist_tier_approved_amount", "department_manager_tier_claims",
                            "department_manager_tier_approved_amount", "vice_president_tier_claims",
                            "vice_president_tier_approved_amount", "authority_exceptions"),
                    List.of()))),
            new Routine("complaint handling", false, r -> new ComplaintHandlingRefresh(r.warehouse(), r.spark(),
                    r.exchange()).refresh(r.firstMonth(), r.lastMonth()), List.of("complaint_handling"), List.of(new Comparison(
                    "mart_complaint_handling_month", "yardstick_complaint_handling",
                    "month_start_on, business_unit_code, outlet_code, kind",
                    List.of("received", "second_response_within", "resolved", "follow_up_within",
                            "first_response_within", "first_responses", "median_first_response_minutes"),
                    List.of("first_response_share", "second_response_share", "follow_up_share")))),
            new Routine("staff attrition", false, r -> new StaffAttritionRefresh(r.warehouse(), r.spark(), r.exchange())
                    .refresh(r.firstMonth(), r.lastMonth()), List.of("staff_attrition"), List.of(new Comparison(
                    "mart_staff_attrition_month", "yardstick_staff_attrition", "month_start_on, cut, cut_value",
                    List.of("headcount_start", "headcount_end", "hires", "separations", "voluntary_separations",
                            "involuntary_separations", "other_separations", "early_separations",
                            "trailing_separations"),
                    List.of("average_headcount", "attrition_rate", "trailing_attrition_rate")))),
            new Routine("outlet profitability", false, r -> new OutletProfitabilityRefresh(r.warehouse(), r.spark(),
                    r.exchange()).refresh(r.first(), UNTIL),
                    List.of("outlet_profitability_flows", "outlet_profitability_month_costs",
                            "outlet_profitability_week", "outlet_profitability_month"),
                    List.of(new Comparison("mart_outlet_profit_week", "yardstick_outlet_profit_week",
                                    "week_start_on, outlet_code",
                                    List.of("business_unit_code", "revenue", "direct_labour", "claim_cost", "loss",
                                            "review"),
                                    List.of("outlet_expenses", "admin_payroll", "head_office_allocation", "profit",
                                            "margin")),
                            new Comparison("mart_outlet_profit_month", "yardstick_outlet_profit_month",
                                    "month_start_on, outlet_code",
                                    List.of("business_unit_code", "revenue", "direct_labour", "claim_cost",
                                            "outlet_expenses", "admin_payroll", "loss"),
                                    List.of("head_office_allocation", "profit", "margin", "daily_revenue_target",
                                            "actual_daily_revenue")))),
            new Routine("customer segmentation", false, r -> new CustomerSegmentationRefresh(r.warehouse(), r.spark(),
                    r.exchange()).refresh(r.firstMonth(), r.lastMonth()),
                    List.of("customer_segmentation", "customer_segmentation_summary",
                    "customer_segmentation_pareto", "customer_segmentation_product_mix"),
                    List.of(new Comparison("mart_customer_segment_month", "yardstick_customer_segment_month",
                                    "month_start_on, customer_id",
                                    List.of("customer_code", "kind", "segment", "first_order_on", "revenue", "orders",
                                            "order_months", "last_order_on", "recency_days", "pareto_rank",
                                            "top_fifth", "key_account", "premium", "loyal", "long_term", "at_risk",
                                            "watch", "r_score", "f_score", "m_score"),
                                    List.of()),
                            new Comparison("mart_customer_segment_summary_month", "yardstick_customer_segment_summary",
                                    "month_start_on, segment", List.of("customers", "revenue"), List.of()),
                            new Comparison("mart_customer_pareto_month", "yardstick_customer_pareto",
                                    "month_start_on",
                                    List.of("active_customers", "top_fifth_customers", "revenue", "top_fifth_revenue"),
                                    List.of("top_fifth_share")),
                            new Comparison("mart_product_mix_month", "yardstick_product_mix",
                                    "month_start_on, population, product_category", List.of("orders", "amount"),
                                    List.of("order_share", "amount_share")))));

    private final Path work;
    private final StringBuilder report = new StringBuilder();
    private boolean archiveWritten;
    private final Map<String, Map<String, double[]>> growth = new LinkedHashMap<>();

    private AnalyticsBenchmark(Path work) {
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of("--tiers", "small,medium", "--work", "bench/work",
                "--out", "bench/results/analytics.md"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        AnalyticsBenchmark benchmark = new AnalyticsBenchmark(Path.of(options.get("--work")));
        benchmark.report.append("# Analytics benchmark\n\nRun ").append(LocalDateTime.now().withNano(0)).append(" on ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(". Each routine recomputes its marts over the")
                .append(" company's whole history (three years): Parquet export, Spark `local[*]`, the swap back into")
                .append(" DuckDB. \"DuckDB alone\" computes the same figures with SQL on the same warehouse, and the")
                .append(" last column says whether both agree row for row (counts and money exactly; prorated amounts")
                .append(" and rates, which DuckDB's SQL divides in floating point, within " + TOLERANCE + ").")
                .append(" Each tier runs in a JVM of its own started as `./dw` starts one (parallel collector; the")
                .append(" first tier writes the class-data archive the others map).\n");
        if (options.containsKey("--child")) {
            // One tier in this JVM, its section and figures to the file the parent reads.
            benchmark.tier(ScaleTier.parse(options.get("--tiers")));
            StringBuilder figures = new StringBuilder();
            benchmark.growth.forEach((tier, routines) -> routines.forEach((routine, s) -> figures.append(tier)
                    .append('|').append(routine).append('|').append(s[0]).append('|').append(s[1]).append('\n')));
            String section = benchmark.report.substring(benchmark.report.indexOf("\n## "));
            Files.writeString(Path.of(options.get("--child")), figures + "SECTION\n" + section, StandardCharsets.UTF_8);
            return;
        }
        for (String tier : options.get("--tiers").split(",")) {
            benchmark.inItsOwnJvm(tier, options.get("--work"));
            benchmark.asDwAnalyzeRunsThem(tier);
            benchmark.onePeriod(tier);
        }
        benchmark.growthTable();
        Path out = Path.of(options.get("--out"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, benchmark.report.toString(), StandardCharsets.UTF_8);
        System.out.println(benchmark.report);
        System.out.println("written to " + out);
    }

    /**
     * Runs one tier in a new JVM, as {@code ./dw analyze} runs, so that each tier pays Spark's start-up and the
     * JIT's warm-up, not only the first. The first tier run also writes the class-data archive the others use.
     */
    private void inItsOwnJvm(String tier, String workFolder) throws Exception {
        Path result = Files.createTempFile("analytics-" + tier, ".txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
        // As ./dw runs: the first tier writes the class-data archive of what a Spark run loads as it exits, the others
        // map it (README, "The JVM ./dw starts").
        Path archive = Path.of(workFolder).toAbsolutePath().resolve("analytics.jsa");
        if (!archiveWritten) {
            Files.deleteIfExists(archive);
        }
        command.addAll(List.of(archiveWritten ? "-XX:SharedArchiveFile=" + archive
                : "-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        archiveWritten = true;
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), AnalyticsBenchmark.class.getName(),
                "--tiers", tier, "--work", workFolder, "--child", result.toString()));
        Process child = new ProcessBuilder(command).inheritIO().start();
        if (child.waitFor() != 0) {
            throw new IllegalStateException("the " + tier + " tier failed");
        }
        String[] parts = Files.readString(result).split("SECTION\n", 2);
        for (String line : parts[0].split("\n")) {
            if (!line.isBlank()) {
                String[] f = line.split("\\|");
                growth.computeIfAbsent(f[0], t -> new LinkedHashMap<>())
                        .put(f[1], new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3])});
            }
        }
        report.append(parts[1]);
        Files.delete(result);
    }

    /** One tier, measured with a Spark session of its own (its start-up timed apart). */
    private void tier(ScaleTier tier) throws Exception {
        String name = tier.name().toLowerCase(Locale.ROOT);
        Path folder = work.resolve(name);
        Path csv = folder.resolve("csv");
        if (!Files.isDirectory(csv)) {
            try (CsvSourceWriter writer = new CsvSourceWriter(csv)) {
                new CompanyGenerator(new CompanyGenerator.Settings(tier, 1L, 0.01, UNTIL), line -> { }).generate(writer);
            }
        }
        Path file = folder.resolve("dw-analytics.duckdb");
        deleteWarehouse(file);
        long rows;
        try (Warehouse warehouse = Warehouse.open(file, CompanyPolicy.defaults())) {
            new LoadJob(warehouse, BatchInfrastructure.beside(file), LoadJob.DEFAULT_MAX_AMOUNT, LoadJob.DEFAULT_OVERLAP,
                    SourcePassword.none(), LoadBenchmark.BENCH_PHONE_KEY, line -> { })
                    .run(SourceLocation.parse("csv:" + csv));
            rows = warehouse.queryLong("select (select count(*) from fct_service_order)"
                    + " + (select count(*) from fct_claim) + (select count(*) from fct_complaint)"
                    + " + (select count(*) from dim_staff)");
        }
        // The loaded warehouse as it is before any analysis, for asDwAnalyzeRunsThem.
        Files.copy(file, folder.resolve(LOADED), StandardCopyOption.REPLACE_EXISTING);
        long start = System.nanoTime();
        SparkSession spark = SparkSessions.start(SparkSessions.LOCAL, CompanyPolicy.DEFAULT_ZONE, 4, null);
        double startUp = (System.nanoTime() - start) / 1e9;
        Map<String, double[]> seconds = new LinkedHashMap<>();
        List<String> agreement = new ArrayList<>();
        try (Warehouse warehouse = Warehouse.open(file, CompanyPolicy.defaults())) {
            // Spark's heap shares the machine with DuckDB here: DuckDB's default limit (80% of the memory) beside a
            // 12 GB heap overflowed 24 GB at large (the yardsticks' joins), and the kernel killed the run.
            warehouse.execute("set memory_limit = '6GB'");
            Run run = new Run(warehouse, spark, folder.resolve("exchange"), firstOrderDay(warehouse));
            Map<String, Double> withSpark = new LinkedHashMap<>();
            for (Routine routine : ROUTINES) {
                withSpark.put(routine.name(), time(() -> routine.spark().accept(run)));
            }
            setVariables(warehouse, run.first());
            for (Routine routine : ROUTINES) {
                LocalDate firstDay = routine.fortnightly() ? run.firstFortnight().start() : run.firstMonth().atDay(1);
                LocalDate lastDay = routine.fortnightly() ? run.lastFortnight().start() : run.lastMonth().atDay(1);
                warehouse.execute("set variable first_day = date '" + firstDay + "'");
                warehouse.execute("set variable last_day = date '" + lastDay + "'");
                double duck = time(() -> routine.yardstickFiles().forEach(
                        f -> warehouse.execute(SqlFiles.read("yardstick/" + f + ".sql"))));
                seconds.put(routine.name(), new double[] {withSpark.get(routine.name()), duck});
                agreement.add(agree(warehouse, routine));
            }
        } finally {
            spark.stop();
        }
        growth.put(name, seconds);
        double withSpark = startUp + seconds.values().stream().mapToDouble(s -> s[0]).sum();
        double duck = seconds.values().stream().mapToDouble(s -> s[1]).sum();
        report.append(String.format(Locale.ROOT, "%n## %s%n%n%,d fact and staff rows. All routines %.1f s with Spark"
                        + " (start-up %.1f s), %.1f s with DuckDB alone: %.1f×.%n%n", name, rows, withSpark, startUp,
                duck, withSpark / duck));
        report.append("| routine | Spark s | DuckDB alone s | Spark ÷ DuckDB | agree |\n|---|---:|---:|---:|---|\n");
        int i = 0;
        for (Map.Entry<String, double[]> e : seconds.entrySet()) {
            report.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f× | %s |%n", e.getKey(), e.getValue()[0],
                    e.getValue()[1], e.getValue()[0] / e.getValue()[1], agreement.get(i++)));
        }
    }

    /** Whether each mart and its yardstick hold the same rows, both ways, as {@link Comparison} says. */
    private static String agree(Warehouse warehouse, Routine routine) throws SQLException {
        List<String> verdicts = new ArrayList<>();
        for (Comparison c : routine.comparisons()) {
            List<String> differs = new ArrayList<>(List.of("m.in_mart is null", "y.in_yardstick is null"));
            c.exact().forEach(column -> differs.add("m." + column + " is distinct from y." + column));
            c.approximate().forEach(column -> differs.add("(m." + column + " is null) <> (y." + column + " is null)"
                    + " or abs(m." + column + " - y." + column + ") > " + TOLERANCE));
            long rows = warehouse.queryLong("select count(*) from " + c.mart());
            long different = warehouse.queryLong("select count(*) from (select *, true as in_mart from " + c.mart()
                    + ") as m full join (select *, true as in_yardstick from " + c.yardstick() + ") as y using ("
                    + c.keys() + ") where " + String.join(" or ", differs));
            verdicts.add(different == 0 ? String.format(Locale.ROOT, "yes, %,d rows", rows)
                    : String.format(Locale.ROOT, "NO: %,d of %,d rows differ", different, rows));
        }
        return String.join("; ", verdicts);
    }

    /** The policy's figures the yardsticks read, and the weeks of the range (the other periods are set per routine). */
    private static void setVariables(Warehouse warehouse, LocalDate first) {
        CompanyPolicy policy = CompanyPolicy.defaults();
        warehouse.execute("set variable first_week = date '" + first.with(DayOfWeek.MONDAY) + "'");
        warehouse.execute("set variable last_week = date '" + UNTIL.with(DayOfWeek.MONDAY) + "'");
        warehouse.execute("set variable variable_cost_cap = " + policy.profitability().variableCostCap());
        warehouse.execute("set variable soft_first = " + policy.complaints().softFirstResponseMinutes());
        warehouse.execute("set variable hard_first = " + policy.complaints().hardFirstResponseMinutes());
        warehouse.execute("set variable soft_second = " + policy.complaints().softSecondResponseMinutes());
        warehouse.execute("set variable hard_second = " + policy.complaints().hardSecondResponseMinutes());
        warehouse.execute("set variable follow_up_hours = " + policy.complaints().followUpHours());
        warehouse.execute("set variable early_days = " + policy.attrition().earlyDays());
        warehouse.execute("set variable key_account_revenue = " + policy.segmentation().keyAccountRevenue());
        warehouse.execute("set variable loyal_months = " + policy.segmentation().loyalMonths());
        warehouse.execute("set variable long_term_months = " + policy.segmentation().longTermMonths());
        warehouse.execute("set variable at_risk_days = " + policy.segmentation().atRiskDays());
        warehouse.execute("set variable top_share = " + policy.segmentation().topShare());
    }

    private void growthTable() {
        if (growth.size() < 2) {
            return;
        }
        report.append("\n## Growth\n\nSeconds per routine (Spark / DuckDB alone) by tier.\n\n| routine |");
        growth.keySet().forEach(t -> report.append(' ').append(t).append(" |"));
        report.append("\n|---|").append("---:|".repeat(growth.size())).append('\n');
        List<String> rows = new ArrayList<>(ROUTINES.stream().map(Routine::name).toList());
        rows.add(SIDE_BY_SIDE);
        rows.add(ONE_PERIOD);
        rows.add(ONE_PERIOD_WARM);
        for (String row : rows) {
            report.append("| ").append(row).append(" |");
            for (Map<String, double[]> tier : growth.values()) {
                double[] s = tier.get(row);
                report.append(String.format(Locale.ROOT, " %.1f / %.1f |", s[0], s[1]));
            }
            report.append('\n');
        }
    }

    /**
     * All routines as the operator's {@code ./dw analyze} runs them (side by side, Analytics.computeAll), on a copy
     * of the tier's freshly loaded warehouse: the launcher itself in a new process, timed from its start to its exit,
     * {@value #DW_RUNS} times in turn. The launcher's first run after a build also writes its class-data archive
     * (README), which {@code bench/run-analytics}'s build may have made stale: that run is reported, not hidden. The
     * exchange folder beside the copy is left between runs: each run replaces every file it writes there.
     */
    private void asDwAnalyzeRunsThem(String tierName) throws Exception {
        String tier = ScaleTier.parse(tierName).name().toLowerCase(Locale.ROOT);
        Path folder = work.resolve(tier);
        Path file = folder.resolve("dw-analyze.duckdb");
        List<String> lines = new ArrayList<>();
        double slowest = 0;
        for (int run = 1; run <= DW_RUNS; run++) {
            deleteWarehouse(file);
            Files.copy(folder.resolve(LOADED), file);
            long start = System.nanoTime();
            Process dw = new ProcessBuilder("./dw", "analyze", "--warehouse", file.toString(), "--as-of",
                    UNTIL.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String printed = new String(dw.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (dw.waitFor() != 0) {
                throw new IllegalStateException("./dw analyze failed at " + tier + ":\n" + printed);
            }
            double wall = (System.nanoTime() - start) / 1e9;
            slowest = Math.max(slowest, wall);
            lines.add(String.format(Locale.ROOT, "| %d | %.1f | %s |", run, wall, printed.lines()
                    .filter(line -> line.startsWith("  ")).map(String::strip).map(l -> l.replaceAll(" {2,}", " "))
                    .reduce((a, b) -> a + "; " + b).orElse("")));
        }
        growth.get(tier).put(SIDE_BY_SIDE, new double[] {slowest,
                growth.get(tier).values().stream().mapToDouble(x -> x[1]).sum()});
        report.append(String.format(Locale.ROOT, "%nAs `./dw analyze --as-of %s` runs them (two at a time: customer"
                + " segmentation beside the four others, each with its own warehouse connection and Spark pool), in a"
                + " new process from its start to its exit, %d runs in turn: the slowest %.1f s.%n%n| run | s | what"
                + " it printed |%n|---|---:|---|%n%s%n", UNTIL, DW_RUNS, slowest, String.join("\n", lines)));
        deleteWarehouse(file);
    }

    /**
     * One period's refresh, the work of the nightly, weekly and monthly runs: on a copy of the tier's warehouse
     * after {@code ./dw analyze} computed the whole history, {@code ./dw analyze --from} the month before
     * {@link #UNTIL} {@code --to} its end (every analysis's periods holding one of its days), in a new process from
     * its start to its exit, {@value #DW_RUNS} times in turn, with its peak resident memory; then DuckDB alone
     * computing the same periods' figures (the yardsticks over the month's fortnights, weeks and itself), and whether
     * every mart's rows for those periods are what the whole history's run wrote.
     */
    private void onePeriod(String tierName) throws Exception {
        String tier = ScaleTier.parse(tierName).name().toLowerCase(Locale.ROOT);
        Path folder = work.resolve(tier);
        Path file = folder.resolve("dw-period.duckdb");
        YearMonth month = YearMonth.from(UNTIL).minusMonths(1);
        deleteWarehouse(file);
        Files.copy(folder.resolve(LOADED), file);
        dwAnalyze(file, "--as-of", UNTIL.toString());
        Map<String, List<String>> whole = periodRows(file, month);
        List<String> lines = new ArrayList<>();
        double slowest = 0;
        for (int run = 1; run <= DW_RUNS; run++) {
            double[] timed = dwAnalyze(file, "--from", month.atDay(1).toString(), "--to", month.atEndOfMonth().toString());
            slowest = Math.max(slowest, timed[0]);
            lines.add(String.format(Locale.ROOT, "| %d | %.1f | %.1f GB |", run, timed[0], timed[1] / 1e9));
        }
        WarmRuns warm = warmRefreshes(file, month.atDay(1), month.atEndOfMonth());
        double warmSlowest = 0;
        for (int run = 0; run < WARM_RUNS; run++) {
            lines.add(String.format(Locale.ROOT, "| %d in the scheduler's JVM | %.1f | %s |", run + 1,
                    warm.seconds()[run], run == 0 ? String.format(Locale.ROOT, "%.1f GB", warm.peak() / 1e9) : "″"));
            warmSlowest = run == 0 ? warmSlowest : Math.max(warmSlowest, warm.seconds()[run]);
        }
        Map<String, List<String>> again = periodRows(file, month);
        long differing = whole.keySet().stream().filter(m -> !whole.get(m).equals(again.get(m))).count();
        long rows = whole.values().stream().mapToLong(List::size).sum();
        double duck;
        try (Warehouse warehouse = Warehouse.open(file, CompanyPolicy.defaults())) {
            warehouse.execute("set memory_limit = '6GB'");
            setVariables(warehouse, month.atDay(1));
            warehouse.execute("set variable last_week = date '" + month.atEndOfMonth().with(DayOfWeek.MONDAY) + "'");
            duck = 0;
            for (Routine routine : ROUTINES) {
                LocalDate firstDay = routine.fortnightly() ? PeriodKind.FORTNIGHT.containing(month.atDay(1),
                        CompanyPolicy.DEFAULT_FORTNIGHT_EPOCH).start() : month.atDay(1);
                LocalDate lastDay = routine.fortnightly() ? PeriodKind.FORTNIGHT.containing(month.atEndOfMonth(),
                        CompanyPolicy.DEFAULT_FORTNIGHT_EPOCH).start() : month.atDay(1);
                warehouse.execute("set variable first_day = date '" + firstDay + "'");
                warehouse.execute("set variable last_day = date '" + lastDay + "'");
                duck += time(() -> routine.yardstickFiles().forEach(
                        f -> warehouse.execute(SqlFiles.read("yardstick/" + f + ".sql"))));
            }
        }
        growth.get(tier).put(ONE_PERIOD, new double[] {slowest, duck});
        growth.get(tier).put(ONE_PERIOD_WARM, new double[] {warmSlowest, duck});
        report.append(String.format(Locale.ROOT, "%nOne period's refresh, `./dw analyze --from %s --to %s` after the"
                        + " whole history (every analysis's month, fortnights and weeks holding a day of %s), in a new"
                        + " process from its start to its exit, %d runs in turn: the slowest %.1f s; DuckDB alone"
                        + " computes the same periods' figures in %.1f s (%.1f×). Then the same refresh %d times in one"
                        + " JVM that keeps its Spark session, as `./dw schedule` does (the peak resident memory is that"
                        + " JVM's): the slowest after the first %.1f s (%.1f×). The marts' rows for those periods"
                        + " after them against the whole history's run: %s.%n%n| run | s | peak resident |%n|---|---:|---:|"
                        + "%n%s%n", month.atDay(1), month.atEndOfMonth(), month, DW_RUNS, slowest, duck, slowest / duck,
                WARM_RUNS, warmSlowest, warmSlowest / duck,
                differing == 0 ? String.format(Locale.ROOT, "the same, %,d rows in %d marts", rows, whole.size())
                        : String.format(Locale.ROOT, "NOT the same in %d of %d marts", differing, whole.size()),
                String.join("\n", lines)));
        deleteWarehouse(file);
    }

    /** {@code ./dw analyze ARGS} on {@code file}: seconds from its start to its exit, and its peak resident bytes. */
    private static double[] dwAnalyze(Path file, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("./dw", "analyze", "--warehouse", file.toString()));
        command.addAll(List.of(args));
        return measured(command, ProcessBuilder.Redirect.DISCARD);
    }

    /**
     * Runs {@code command} to its end, its output to {@code output}: seconds from its start to its exit, and its peak
     * resident bytes (read from /proc while it runs; the launcher execs the JVM in its own process).
     */
    private static double[] measured(List<String> command, ProcessBuilder.Redirect output) throws Exception {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT)
                .redirectOutput(output).start();
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        long peak = 0;
        while (!process.waitFor(200, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmHWM:")) {
                        peak = Math.max(peak, Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024);
                    }
                }
            } catch (IOException gone) {
                // it exited between the wait and the read
            }
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
        return new double[] {(System.nanoTime() - start) / 1e9, peak};
    }

    /**
     * The scheduler's case: {@link WarmRefresh} recomputing the same range {@value #WARM_RUNS} times in one new JVM
     * that keeps its Spark session, with this JVM's flags (those of {@code ./dw schedule}).
     */
    private static WarmRuns warmRefreshes(Path file, LocalDate from, LocalDate to) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of("-Xmx" + DW_HEAP, "-cp", System.getProperty("java.class.path"),
                WarmRefresh.class.getName(), file.toString(), from.toString(), to.toString(),
                Integer.toString(WARM_RUNS)));
        Path lines = Files.createTempFile("warm-refresh", ".txt");
        try {
            double[] process = measured(command, ProcessBuilder.Redirect.to(lines.toFile()));
            double[] seconds = Files.readAllLines(lines).stream().filter(l -> l.matches("[0-9.]+\\|.*"))
                    .mapToDouble(l -> Double.parseDouble(l.split("\\|")[0])).toArray();
            return new WarmRuns(seconds, process[1]);
        } finally {
            Files.deleteIfExists(lines);
        }
    }

    /** The seconds of each refresh in one JVM, in order, and that JVM's peak resident bytes. */
    private record WarmRuns(double[] seconds, double peak) {
    }

    /** Every mart's rows for the periods holding a day of {@code month}, each mart by its period column. */
    private static Map<String, List<String>> periodRows(Path file, YearMonth month) throws SQLException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        try (Warehouse warehouse = Warehouse.open(file, CompanyPolicy.defaults());
             Statement s = warehouse.connection().createStatement()) {
            List<String[]> marts = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select table_name, column_name from information_schema.columns"
                    + " where table_name like 'mart\\_%' escape '\\' and table_name <> 'mart_refresh' and column_name"
                    + " in ('month_start_on', 'fortnight_start_on', 'week_start_on') order by 1")) {
                while (rs.next()) {
                    marts.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            for (String[] mart : marts) {
                // a period holds a day of the month when it starts before the month ends and ends on or after its start
                String from = mart[1].startsWith("month") ? month.atDay(1).toString()
                        : month.atDay(1).minusDays(mart[1].startsWith("week") ? 6 : 13).toString();
                List<String> lines = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("select * from " + mart[0] + " where " + mart[1] + " between date '"
                        + from + "' and date '" + month.atEndOfMonth() + "' order by all")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder line = new StringBuilder();
                        for (int c = 1; c <= columns; c++) {
                            line.append(rs.getString(c)).append('|');
                        }
                        lines.add(line.toString());
                    }
                }
                rows.put(mart[0], lines);
            }
        }
        return rows;
    }

    private static void deleteWarehouse(Path file) throws IOException {
        for (String suffix : List.of("", ".wal", ".batch.mv.db", ".batch.trace.db")) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
    }

    private static double time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static LocalDate firstOrderDay(Warehouse warehouse) throws SQLException {
        try (Statement s = warehouse.connection().createStatement();
             ResultSet rs = s.executeQuery("select min(cast(booked_at as date)) from fct_service_order")) {
            rs.next();
            return rs.getObject(1, LocalDate.class);
        }
    }
}
