package com.homeservices.dw.jobs.chains;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.homeservices.dw.etl.generator.CompanyGenerator;
import com.homeservices.dw.etl.generator.CsvSourceWriter;
import com.homeservices.dw.etl.generator.ScaleTier;
import com.homeservices.dw.etl.source.SourceLocation;
import com.homeservices.dw.jobs.config.DwConfig;
import com.homeservices.dw.warehouse.Progress;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.marts.Analysis;
import com.homeservices.dw.warehouse.period.Period;
import com.homeservices.dw.warehouse.period.PeriodKind;
import com.homeservices.dw.warehouse.testing.Rows;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A period's refresh reads only its period and the history its definition needs: refreshing one period of every
 * analysis after the whole history's run leaves every mart's rows for that period exactly as they were. The period
 * is in the middle of a tiny generated company's three years: October 2026, its fortnight and week of the 15th.
 */
class OnePeriodRefreshIntegrationTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    private static final LocalDate DAY = LocalDate.of(2026, 10, 15);

    @TempDir
    Path temp;

    @Test
    void eachAnalysisRefreshingOnePeriodAfterTheWholeHistoryGivesItsRowsBackExactly() throws SQLException {
        DwConfig config = DwConfig.defaults().withWarehouse(temp.resolve("w.duckdb"));
        try (RunContext context = new RunContext(config, Progress.NONE)) {
            loadATinyCompany(context);
            Analytics analytics = new Analytics(context);
            analytics.computeAll(analytics.everythingUpTo(AS_OF));
            Map<String, List<String>> whole = periodRows(context.warehouse(), config);

            for (Analysis analysis : analytics.all()) {
                for (PeriodKind kind : analysis.periodKinds()) {
                    Period period = kind.containing(DAY, config.policy().fortnightEpoch());
                    analytics.compute(List.of(new Analytics.Work(analysis,
                            new Analytics.Range(period.start(), period.end()))));
                }
            }
            Map<String, List<String>> refreshed = periodRows(context.warehouse(), config);

            assertThat(whole.keySet()).containsExactlyInAnyOrder("mart_attendance_leave",
                    "mart_attendance_staff_month", "mart_claim_authority_exception",
                    "mart_claim_reconciliation_fortnight", "mart_claim_totals_fortnight",
                    "mart_complaint_handling_month", "mart_customer_pareto_month", "mart_customer_segment_month",
                    "mart_customer_segment_summary_month", "mart_outlet_profit_month", "mart_outlet_profit_week",
                    "mart_product_mix_month", "mart_staff_attrition_month");
            for (Map.Entry<String, List<String>> mart : whole.entrySet()) {
                // an empty period would agree with anything; the authority exceptions are the one rare mart
                if (!mart.getKey().equals("mart_claim_authority_exception")) {
                    assertThat(mart.getValue()).as(mart.getKey()).isNotEmpty();
                }
                assertThat(refreshed.get(mart.getKey())).as(mart.getKey()).isEqualTo(mart.getValue());
            }
            // and each period was indeed computed again, after the whole history
            assertThat(context.warehouse().queryLong("select count(*) from mart_refresh where period_from_on >= ?",
                    DAY.withDayOfMonth(1).minusDays(6))).isGreaterThanOrEqualTo(whole.size());
        }
    }

    /**
     * The Parquet copies of payroll and customers an analysis makes live no longer than its refresh, also when it
     * fails: here at its very end, the swap into a mart that is not there, once Spark has written everything.
     */
    @Test
    void anAnalysisThatFailsLeavesNoCopiesInTheExchange() {
        DwConfig config = DwConfig.defaults().withWarehouse(temp.resolve("w.duckdb"));
        try (RunContext context = new RunContext(config, Progress.NONE)) {
            loadATinyCompany(context);
            Analytics analytics = new Analytics(context);
            for (Analysis analysis : analytics.all()) {
                String mart = analysis.marts().get(0);
                context.warehouse().execute("alter table " + mart + " rename to away");
                Period period = analysis.periodKinds().iterator().next()
                        .containing(DAY, config.policy().fortnightEpoch());

                assertThatThrownBy(() -> analysis.refresh(period.start(), period.end())).as(analysis.name())
                        .hasMessageContaining(mart);

                context.warehouse().execute("alter table away rename to " + mart);
                assertThat(context.workFolder().resolve(analysis.name())).as(analysis.name()).doesNotExist();
            }
            assertThat(context.workFolder()).isDirectory();
        }
    }

    /** A tiny company generated up to {@link #AS_OF} (seed 7), loaded into the context's warehouse. */
    private void loadATinyCompany(RunContext context) {
        Path source = temp.resolve("source");
        try (CsvSourceWriter writer = new CsvSourceWriter(source)) {
            new CompanyGenerator(new CompanyGenerator.Settings(ScaleTier.TINY, 7L, 0.0, AS_OF), Progress.NONE)
                    .generate(writer);
        }
        context.loadJob().run(SourceLocation.parse("csv:" + source));
    }

    /** Every mart's rows for the month, fortnight or week holding {@link #DAY}, each mart by its period column. */
    private static Map<String, List<String>> periodRows(Warehouse warehouse, DwConfig config) throws SQLException {
        LocalDate epoch = config.policy().fortnightEpoch();
        Map<String, LocalDate> starts = Map.of("month_start_on", PeriodKind.MONTH.containing(DAY, epoch).start(),
                "fortnight_start_on", PeriodKind.FORTNIGHT.containing(DAY, epoch).start(),
                "week_start_on", PeriodKind.WEEK.containing(DAY, epoch).start());
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : Rows.of(warehouse, "select table_name, column_name from information_schema.columns"
                + " where table_name like 'mart\\_%' escape '\\' and table_name <> 'mart_refresh'"
                + " and column_name in ('month_start_on', 'fortnight_start_on', 'week_start_on') order by 1")) {
            String[] mart = line.split("\\|");
            rows.put(mart[0], Rows.of(warehouse, "select * from " + mart[0] + " where " + mart[1] + " = date '"
                    + starts.get(mart[1]) + "' order by all"));
        }
        return rows;
    }
}
