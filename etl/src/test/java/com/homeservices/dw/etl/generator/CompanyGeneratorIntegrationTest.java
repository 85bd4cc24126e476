package com.homeservices.dw.etl.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.homeservices.dw.etl.source.SourceTable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The small company, generated once and queried as CSV with DuckDB: it must be the same for the same seed, end on
 * the given day, and exercise every policy of source.md (exactly where the policy is arithmetic).
 */
class CompanyGeneratorIntegrationTest {

    private static final LocalDate UNTIL = LocalDate.of(2026, 11, 22);

    @TempDir
    static Path temp;
    private static Path folder;
    private static CompanyGenerator.Summary summary;

    @BeforeAll
    static void generate() {
        folder = temp.resolve("small");
        summary = generate(folder, 1);
    }

    private static CompanyGenerator.Summary generate(Path into, long seed) {
        try (CsvSourceWriter writer = new CsvSourceWriter(into)) {
            return new CompanyGenerator(new CompanyGenerator.Settings(ScaleTier.SMALL, seed, 0, UNTIL), line -> { })
                    .generate(writer);
        }
    }

    @Test
    void theSameSeedGivesTheSameCompanyAndAnotherSeedAnother() throws IOException {
        Path again = temp.resolve("again");
        generate(again, 1);
        Path other = temp.resolve("other");
        generate(other, 2);

        for (SourceTable table : SourceTable.values()) {
            assertThat(Files.mismatch(folder.resolve(table.csvFileName()), again.resolve(table.csvFileName())))
                    .as(table.tableName()).isEqualTo(-1L);
        }
        assertThat(Files.mismatch(folder.resolve("service_order.csv"), other.resolve("service_order.csv")))
                .isNotEqualTo(-1L);
    }

    @Test
    void theTierHasItsSizeAndTheHistoryEndsOnTheGivenDay() throws SQLException {
        assertThat(summary.rows().get(SourceTable.OUTLET)).isEqualTo(20);
        assertThat(summary.rows().get(SourceTable.CUSTOMER)).isEqualTo(30_000);
        assertThat(summary.rows().get(SourceTable.SERVICE_ORDER)).isBetween(290_000L, 310_000L);
        assertThat(summary.rows().get(SourceTable.STAFF)).isBetween(1_400L, 2_300L);
        assertThat(summary.firstDay()).isEqualTo(LocalDate.of(2023, 11, 23));
        assertThat(one("select max(cast(booked_at as date)) from " + csv("service_order"))).isEqualTo("2026-11-22");
        assertThat(one("select max(cast(updated_at as timestamp)) <= timestamp '2026-11-22 23:59:59' from "
                + csv("claim"))).isEqualTo("true");
    }

    @Test
    void everyOrderAmountIsQuantityTimesPriceLessDiscount() throws SQLException {
        assertThat(one("select count(*) from " + csv("service_order") + " where cast(amount as decimal(14,2))"
                + " <> cast(quantity as decimal(10,2)) * cast(unit_price as decimal(14,2))"
                + " - cast(discount as decimal(14,2))")).isEqualTo("0");
    }

    @Test
    void cancellationIsFreeWithin48HoursAndTenPercentAfter() throws SQLException {
        String cancelled = csv("service_order") + " where status = 'cancelled'";
        String late = "cast(cancelled_at as timestamp) >= cast(booked_at as timestamp) + interval 48 hours";
        assertThat(one("select count(*) from " + cancelled + " and " + late
                + " and cast(cancellation_fee as decimal(14,2)) <> round(cast(amount as decimal(14,2)) * 0.10, 2)"))
                .isEqualTo("0");
        assertThat(one("select count(*) from " + cancelled + " and not (" + late + ")"
                + " and cast(cancellation_fee as decimal(14,2)) <> 0")).isEqualTo("0");
        assertThat(Long.parseLong(one("select count(*) from " + cancelled + " and " + late))).isGreaterThan(1000);
        assertThat(Long.parseLong(one("select count(*) from " + cancelled + " and not (" + late + ")")))
                .isGreaterThan(1000);
    }

    @Test
    void everyApprovalTierOccursAndAFewClaimsAreAuthorityExceptions() throws SQLException {
        String tiers = "select case when cast(estimated_loss as decimal(14,2)) < 500"
                + " and cast(approved_amount as decimal(14,2)) < 500 then 0"
                + " when cast(approved_amount as decimal(14,2)) <= 1000 then 1"
                + " when cast(approved_amount as decimal(14,2)) <= 1500 then 2 else 3 end as required,"
                + " case approver_role when 'outlet' then 0 when 'claims_specialist' then 1"
                + " when 'department_manager' then 2 else 3 end as approver"
                + " from " + csv("claim") + " where status = 'settled'";
        assertThat(one("select string_agg(distinct required::varchar, ',' order by required::varchar) from (" + tiers + ")"))
                .isEqualTo("0,1,2,3");
        double exceptionShare = Double.parseDouble(one("select avg(case when approver < required then 1 else 0 end)"
                + " from (" + tiers + ")"));
        assertThat(exceptionShare).isBetween(0.005, 0.05);
        assertThat(one("select count(*) from (" + tiers + ") where approver > required")).isEqualTo("0");
    }

    @Test
    void revenueIsConcentratedAsThe2To8RuleExpectsAndKeyAccountsExist() throws SQLException {
        String revenue = "select customer_id, sum(cast(amount as decimal(14,2))) as revenue from " + csv("service_order")
                + " where status = 'completed' group by customer_id";
        BigDecimal topFifthShare = new BigDecimal(one("select sum(revenue) filter (where rank <= ceil(0.2 * n))"
                + " / sum(revenue) from (select revenue, row_number() over (order by revenue desc) as rank,"
                + " count(*) over () as n from (" + revenue + "))"));
        assertThat(topFifthShare).isBetween(new BigDecimal("0.5"), new BigDecimal("0.9"));
        assertThat(Long.parseLong(one("select count(*) from (select o.customer_id, year(cast(o.completed_at as timestamp)) y,"
                + " sum(cast(o.amount as decimal(14,2))) r from " + csv("service_order") + " o join " + csv("customer")
                + " c on c.id = o.customer_id where o.status = 'completed' and c.kind = 'enterprise' group by all)"
                + " where r >= 100000"))).isGreaterThan(0);
    }

    @Test
    void demandPeaksBeforeTheSpringFestivalAndSomeStaffDoNotComeBack() throws SQLException {
        // Orders a day in the three weeks before the 2025 festival (2025-01-29) against the year's average.
        double ratio = Double.parseDouble(one("select (count(*) filter (where d between date '2025-01-08'"
                + " and date '2025-01-28') / 21.0) / (count(*) / 365.0) from (select cast(booked_at as date) d from "
                + csv("service_order") + " where cast(booked_at as date) between date '2024-06-01' and date '2025-05-31')"));
        assertThat(ratio).isGreaterThan(1.4);
        // Resignations in the three days before each festival against an average three days.
        double festival = Double.parseDouble(one("select count(*) from " + csv("staff") + " where leave_reason ="
                + " 'resigned' and cast(left_on as date) in (date '2024-02-07', date '2024-02-08', date '2024-02-09',"
                + " date '2025-01-26', date '2025-01-27', date '2025-01-28', date '2026-02-14', date '2026-02-15',"
                + " date '2026-02-16')")) / 3;
        double typical = Double.parseDouble(one("select count(*) / (1095 / 3.0) from " + csv("staff")
                + " where leave_reason = 'resigned'"));
        assertThat(festival).isGreaterThan(5 * typical);
    }

    @Test
    void complaintsAndLeaveExerciseBothSidesOfEveryLimit() throws SQLException {
        double softOnTime = Double.parseDouble(one("select avg(case when cast(first_response_at as timestamp)"
                + " <= cast(received_at as timestamp) + interval 15 minutes then 1 else 0 end) from "
                + csv("complaint") + " where kind = 'soft'"));
        assertThat(softOnTime).isBetween(0.7, 0.95);
        // Personal leave spells longer than a staff member's 2 days go to the division manager. Working days run
        // without Sundays, so a spell is a run of consecutive rows (gaps and islands), not of consecutive dates.
        assertThat(Long.parseLong(one("select count(*) from (select staff_id, spell from (select staff_id, status,"
                + " row_number() over (partition by staff_id order by work_date)"
                + " - row_number() over (partition by staff_id, status order by work_date) as spell from "
                + csv("attendance") + ") where status = 'personal_leave' group by staff_id, spell having count(*) > 2)")))
                .isGreaterThan(100);
    }

    private static String csv(String table) {
        return "read_csv('" + folder.resolve(table + ".csv") + "', header = true, all_varchar = true)";
    }

    private static String one(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
