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
import com.homeservices.dw.warehouse.marts.StaffAttritionRefresh;
import com.homeservices.dw.warehouse.period.Fortnight;
import com.homeservices.dw.warehouse.policy.CompanyPolicy;
import com.homeservices.dw.warehouse.spark.SparkSessions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** One routine: its mart, the yardstick's table, and the columns both hold, as compared. */
    private record Routine(String name, String mart, String yardstick, String comparedColumns) {
    }

    private static final List<Routine> ROUTINES = List.of(
            new Routine("claim totals", "mart_claim_totals_fortnight", "yardstick_claim_totals",
                    "fortnight_start_on, business_unit_code, outlet_code, claims_reported, claims_settled,"
                            + " settled_claimed_amount, settled_approved_amount, settled_staff_liability_amount,"
                            + " settled_insurer_recovery, settled_net_cost, claims_rejected, claims_open_at_end,"
                            + " open_estimated_loss, outlet_tier_claims, outlet_tier_approved_amount,"
                            + " claims_specialist_tier_claims, claims_specialist_tier_approved_amount,"
                            + " department_manager_tier_claims, department_manager_tier_approved_amount,"
                            + " vice_president_tier_claims, vice_president_tier_approved_amount, authority_exceptions"),
            new Routine("complaint handling", "mart_complaint_handling_month", "yardstick_complaint_handling",
                    "month_start_on, business_unit_code, outlet_code, kind, received, first_response_within,"
                            + " round(first_response_share::double, 8), second_response_within,"
                            + " round(second_response_share::double, 8), resolved, follow_up_within,"
                            + " round(follow_up_share::double, 8), first_responses, median_first_response_minutes"),
            new Routine("staff attrition", "mart_staff_attrition_month", "yardstick_staff_attrition",
                    "month_start_on, cut, cut_value, headcount_start, headcount_end, hires, separations,"
                            + " voluntary_separations, involuntary_separations, other_separations, early_separations,"
                            + " average_headcount::decimal(20,1), round(attrition_rate::double, 8),"
                            + " trailing_separations, round(trailing_attrition_rate::double, 8)"));

    private final Path work;
    private final StringBuilder report = new StringBuilder();
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
                .append(" last column says whether both agree row for row (counts and money exactly; rates, which")
                .append(" DuckDB's SQL divides in floating point, to 8 decimals).\n");
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
     * JIT's warm-up, not only the first.
     */
    private void inItsOwnJvm(String tier, String workFolder) throws Exception {
        Path result = Files.createTempFile("analytics-" + tier, ".txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
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
                    SourcePassword.none(), line -> { }).run(SourceLocation.parse("csv:" + csv));
            rows = warehouse.queryLong("select (select count(*) from fct_service_order)"
                    + " + (select count(*) from fct_claim) + (select count(*) from fct_complaint)"
                    + " + (select count(*) from dim_staff)");
        }
        long start = System.nanoTime();
        SparkSession spark = SparkSessions.start(SparkSessions.LOCAL, CompanyPolicy.DEFAULT_ZONE, 4, null);
        double startUp = (System.nanoTime() - start) / 1e9;
        Map<String, double[]> seconds = new LinkedHashMap<>();
        List<String> agreement = new ArrayList<>();
        try (Warehouse warehouse = Warehouse.open(file, CompanyPolicy.defaults())) {
            LocalDate first = firstOrderDay(warehouse);
            Fortnight firstFortnight = Fortnight.containing(first, CompanyPolicy.DEFAULT_FORTNIGHT_EPOCH);
            Fortnight lastFortnight = Fortnight.containing(UNTIL, CompanyPolicy.DEFAULT_FORTNIGHT_EPOCH);
            YearMonth firstMonth = YearMonth.from(first);
            YearMonth lastMonth = YearMonth.from(UNTIL);
            Path exchange = folder.resolve("exchange");
            double claims = time(() -> new ClaimTotalsRefresh(warehouse, spark, exchange)
                    .refresh(firstFortnight, lastFortnight));
            double complaints = time(() -> new ComplaintHandlingRefresh(warehouse, spark, exchange)
                    .refresh(firstMonth, lastMonth));
            double attrition = time(() -> new StaffAttritionRefresh(warehouse, spark, exchange)
                    .refresh(firstMonth, lastMonth));

            setVariables(warehouse, firstFortnight.start(), lastFortnight.start());
            double claimsSql = time(() -> warehouse.execute(SqlFiles.read("yardstick/claim_totals.sql")));
            setVariables(warehouse, firstMonth.atDay(1), lastMonth.atDay(1));
            double complaintsSql = time(() -> warehouse.execute(SqlFiles.read("yardstick/complaint_handling.sql")));
            double attritionSql = time(() -> warehouse.execute(SqlFiles.read("yardstick/staff_attrition.sql")));
            double[][] pairs = {{claims, claimsSql}, {complaints, complaintsSql}, {attrition, attritionSql}};
            for (int i = 0; i < ROUTINES.size(); i++) {
                seconds.put(ROUTINES.get(i).name(), pairs[i]);
                agreement.add(agree(warehouse, ROUTINES.get(i)));
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

    /** Whether the mart and the yardstick hold the same rows (as compared), both ways. */
    private static String agree(Warehouse warehouse, Routine routine) throws SQLException {
        String mart = "select " + routine.comparedColumns() + " from " + routine.mart();
        String yardstick = "select " + routine.comparedColumns() + " from " + routine.yardstick();
        long rows = warehouse.queryLong("select count(*) from " + routine.mart());
        long onlyMart = warehouse.queryLong("select count(*) from (" + mart + " except all " + yardstick + ")");
        long onlyYardstick = warehouse.queryLong("select count(*) from (" + yardstick + " except all " + mart + ")");
        return onlyMart == 0 && onlyYardstick == 0 ? String.format(Locale.ROOT, "yes, %,d rows", rows)
                : String.format(Locale.ROOT, "NO: %,d rows only in the mart, %,d only in DuckDB's", onlyMart,
                        onlyYardstick);
    }

    private static void setVariables(Warehouse warehouse, LocalDate first, LocalDate last) {
        CompanyPolicy policy = CompanyPolicy.defaults();
        warehouse.execute("set variable first_day = date '" + first + "'");
        warehouse.execute("set variable last_day = date '" + last + "'");
        warehouse.execute("set variable outlet_limit = " + policy.claims().outletLimit());
        warehouse.execute("set variable specialist_limit = " + policy.claims().specialistLimit());
        warehouse.execute("set variable department_manager_limit = " + policy.claims().departmentManagerLimit());
        warehouse.execute("set variable soft_first = " + policy.complaints().softFirstResponseMinutes());
        warehouse.execute("set variable hard_first = " + policy.complaints().hardFirstResponseMinutes());
        warehouse.execute("set variable soft_second = " + policy.complaints().softSecondResponseMinutes());
        warehouse.execute("set variable hard_second = " + policy.complaints().hardSecondResponseMinutes());
        warehouse.execute("set variable follow_up_hours = " + policy.complaints().followUpHours());
        warehouse.execute("set variable early_days = " + policy.attrition().earlyDays());
    }

    private void growthTable() {
        if (growth.size() < 2) {
            return;
        }
        report.append("\n## Growth\n\nSeconds per routine (Spark / DuckDB alone) by tier.\n\n| routine |");
        growth.keySet().forEach(t -> report.append(' ').append(t).append(" |"));
        report.append("\n|---|").append("---:|".repeat(growth.size())).append('\n');
        for (Routine routine : ROUTINES) {
            report.append("| ").append(routine.name()).append(" |");
            for (Map<String, double[]> tier : growth.values()) {
                double[] s = tier.get(routine.name());
                report.append(String.format(Locale.ROOT, " %.1f / %.1f |", s[0], s[1]));
            }
            report.append('\n');
        }
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
