package com.homeservices.dw.warehouse.analytics;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_sub;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import com.homeservices.dw.warehouse.period.Fortnight;
import com.homeservices.dw.warehouse.period.Period;
import com.homeservices.dw.warehouse.policy.ApprovalLevel;
import com.homeservices.dw.warehouse.policy.ClaimApprovalPolicy;
import com.homeservices.dw.warehouse.policy.CompanyPolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;

/**
 * Claim totals per fortnight (事故或服务质量理赔总额表), exactly as metrics.md defines them: per fortnight, business
 * unit and outlet, the claims reported, settled (with their money), rejected and open at the fortnight's end, the
 * settled claims by the approval tier their amounts require, and the authority exceptions.
 *
 * <p>Input: one row per claim with {@code claim_no, business_unit_code, outlet_code, reported_on (date),
 * decided_on (date, the settled_at of a settled or rejected claim), status, estimated_loss, claimed_amount,
 * approved_amount, staff_liability_amount, insurer_recovery, approver_role}.
 */
public final class ClaimTotals {

    /** The mart rows and the exception list, for the fortnights asked for. */
    public record Result(Dataset<Row> totals, Dataset<Row> exceptions) {
    }

    private static final DecimalType MONEY = DataTypes.createDecimalType(18, 2);
    private static final List<String> KEYS = List.of("fortnight_start_on", "business_unit_code", "outlet_code");

    private final CompanyPolicy policy;

    public ClaimTotals(CompanyPolicy policy) {
        this.policy = policy;
    }

    /** Computes every fortnight from {@code first} to {@code last}, both included. */
    public Result compute(Dataset<Row> claims, Period first, Period last) {
        Dataset<Row> withTier = claims
                .withColumn("required_tier", requiredTier(policy.claims()))
                .withColumn("is_authority_exception", col("status").equalTo("settled")
                        .and(rank(col("approver_role")).lt(rank(col("required_tier")))));

        Dataset<Row> events = reported(withTier)
                .unionByName(decided(withTier))
                .unionByName(openAtEnd(withTier, last))
                .where(col("fortnight_start_on").between(lit(first.start()), lit(last.start())));

        List<Column> sums = new ArrayList<>();
        for (String measure : measures()) {
            sums.add(sum(col(measure)).cast(isMoney(measure) ? MONEY : DataTypes.LongType).as(measure));
        }
        Dataset<Row> totals = events
                .groupBy(KEYS.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new))
                .agg(sums.get(0), sums.subList(1, sums.size()).toArray(Column[]::new))
                .repartition(1)
                .sortWithinPartitions(KEYS.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new));

        Dataset<Row> exceptions = withTier
                .where(col("is_authority_exception"))
                .withColumn("fortnight_start_on", fortnightOf(col("decided_on")))
                .where(col("fortnight_start_on").between(lit(first.start()), lit(last.start())))
                .select(col("fortnight_start_on"), col("business_unit_code"), col("outlet_code"), col("claim_no"),
                        col("estimated_loss"), col("claimed_amount"), col("approved_amount"), col("approver_role"),
                        col("required_tier"))
                .repartition(1).sortWithinPartitions("fortnight_start_on", "business_unit_code", "outlet_code", "claim_no");
        return new Result(totals, exceptions);
    }

    /** Claims counted in the fortnight they were reported. */
    private Dataset<Row> reported(Dataset<Row> claims) {
        return measuresOf(claims.withColumn("fortnight_start_on", fortnightOf(col("reported_on"))),
                new Measure("claims_reported", lit(1L)));
    }

    /** Settled and rejected claims, in the fortnight of their decision. */
    private Dataset<Row> decided(Dataset<Row> claims) {
        Column settled = col("status").equalTo("settled");
        List<Measure> measures = new ArrayList<>(List.of(
                new Measure("claims_settled", lit(1L), settled),
                new Measure("settled_claimed_amount", col("claimed_amount"), settled),
                new Measure("settled_approved_amount", col("approved_amount"), settled),
                new Measure("settled_staff_liability_amount", col("staff_liability_amount"), settled),
                new Measure("settled_insurer_recovery", col("insurer_recovery"), settled),
                new Measure("settled_net_cost", col("approved_amount").minus(col("staff_liability_amount"))
                        .minus(col("insurer_recovery")), settled),
                new Measure("claims_rejected", lit(1L), col("status").equalTo("rejected")),
                new Measure("authority_exceptions", lit(1L), col("is_authority_exception"))));
        for (ApprovalLevel tier : ApprovalLevel.values()) {
            Column inTier = settled.and(col("required_tier").equalTo(tier.code()));
            measures.add(new Measure(tier.code() + "_tier_claims", lit(1L), inTier));
            measures.add(new Measure(tier.code() + "_tier_approved_amount", col("approved_amount"), inTier));
        }
        Dataset<Row> decided = claims
                .where(col("status").isin("settled", "rejected").and(col("decided_on").isNotNull()))
                .withColumn("fortnight_start_on", fortnightOf(col("decided_on")));
        return measuresOf(decided, measures.toArray(Measure[]::new));
    }

    /**
     * A claim is open at a fortnight's end when it was reported on or before the last day and not decided by then:
     * every fortnight from the one it was reported in up to the one before its decision (or up to {@code last}).
     */
    private Dataset<Row> openAtEnd(Dataset<Row> claims, Period last) {
        Column firstOpen = fortnightOf(col("reported_on"));
        Column decidedFortnight = fortnightOf(col("decided_on"));
        Column lastOpen = least(lit(last.start()),
                coalesce(date_sub(col("decided_fortnight"), Fortnight.DAYS), lit(last.start())));
        Dataset<Row> spans = claims
                .withColumn("decided_fortnight", when(col("status").isin("settled", "rejected"), decidedFortnight))
                .withColumn("first_open", firstOpen)
                .withColumn("last_open", lastOpen)
                .where(col("first_open").leq(col("last_open")))
                .withColumn("fortnight_start_on", explode(sequence(col("first_open"), col("last_open"),
                        expr("interval " + Fortnight.DAYS + " days"))));
        return measuresOf(spans,
                new Measure("claims_open_at_end", lit(1L)),
                new Measure("open_estimated_loss", col("estimated_loss")));
    }

    /** The tier a settled claim's amounts require (the policy's one rule), as a column of tier codes. */
    static Column requiredTier(ClaimApprovalPolicy limits) {
        return expr(limits.requiredTierSql("estimated_loss", "approved_amount"));
    }

    /** outlet < claims_specialist < department_manager < vice_president, as 0 … 3. */
    private static Column rank(Column roleCode) {
        Column rank = null;
        for (ApprovalLevel level : ApprovalLevel.values()) {
            rank = rank == null
                    ? when(roleCode.equalTo(level.code()), lit(level.ordinal()))
                    : rank.when(roleCode.equalTo(level.code()), lit(level.ordinal()));
        }
        return rank;
    }

    private Column fortnightOf(Column date) {
        return Fortnight.startColumn(date, policy.fortnightEpoch());
    }

    /** Every measure the mart carries, in its column order. */
    static List<String> measures() {
        List<String> names = new ArrayList<>(List.of("claims_reported", "claims_settled", "settled_claimed_amount",
                "settled_approved_amount", "settled_staff_liability_amount", "settled_insurer_recovery",
                "settled_net_cost", "claims_rejected", "claims_open_at_end", "open_estimated_loss"));
        for (ApprovalLevel tier : ApprovalLevel.values()) {
            names.add(tier.code() + "_tier_claims");
            names.add(tier.code() + "_tier_approved_amount");
        }
        names.add("authority_exceptions");
        return names;
    }

    private static boolean isMoney(String measure) {
        return measure.endsWith("amount") || measure.endsWith("cost") || measure.endsWith("recovery")
                || measure.endsWith("loss");
    }

    /** One measure's contribution: its value where {@code when} holds, else zero. */
    private record Measure(String name, Column value, Column when) {
        Measure(String name, Column value) {
            this(name, value, lit(true));
        }
    }

    /** Projects rows onto the keys and every measure, zero where a measure is not given. */
    private static Dataset<Row> measuresOf(Dataset<Row> rows, Measure... given) {
        List<Column> columns = new ArrayList<>();
        for (String key : KEYS) {
            columns.add(col(key));
        }
        for (String name : measures()) {
            Column value = isMoney(name) ? lit(BigDecimal.ZERO).cast(MONEY) : lit(0L);
            for (Measure m : given) {
                if (m.name().equals(name)) {
                    value = when(m.when(), m.value()).otherwise(value);
                }
            }
            columns.add((isMoney(name) ? value.cast(MONEY) : value.cast(DataTypes.LongType)).as(name));
        }
        return rows.select(columns.toArray(Column[]::new));
    }
}
