package com.homeservices.dw.warehouse.analytics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_from_unix_date;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.when;

import com.homeservices.dw.warehouse.policy.ComplaintPolicy;
import java.time.YearMonth;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Complaint handling per month, outlet and kind, exactly as metrics.md defines it: complaints received; the share
 * first answered within the first limit of their kind (soft 15 minutes, hard 60), the share answered a second time
 * within the second limit (soft 30, hard 180); among the resolved, the share followed up within 24 hours of the
 * resolution; and the exact median minutes from receipt to first response (the mean of the middle two for an even
 * count). A missing time never counts as within its limit.
 *
 * <p>Input: one row per complaint with {@code complaint_no, business_unit_code, outlet_code, kind, received_ms,
 * first_response_ms, second_response_ms, resolved_ms, follow_up_ms}: company-local wall-clock times as milliseconds
 * since 1970-01-01 00:00 local, so that differences are exact and the day is the local day, whatever zone Spark
 * runs in.
 */
public final class ComplaintHandling {

    static final List<String> KEYS = List.of("month_start_on", "business_unit_code", "outlet_code", "kind");

    private static final long MINUTE_MS = 60_000L;

    private final ComplaintPolicy policy;

    public ComplaintHandling(ComplaintPolicy policy) {
        this.policy = policy;
    }

    /** Computes every month from {@code first} to {@code last}, both included; a month without complaints has no rows. */
    public Dataset<Row> compute(Dataset<Row> complaints, YearMonth first, YearMonth last) {
        Column firstLimit = limitMs(policy.softFirstResponseMinutes(), policy.hardFirstResponseMinutes());
        Column secondLimit = limitMs(policy.softSecondResponseMinutes(), policy.hardSecondResponseMinutes());
        long followUpMs = policy.followUpHours() * 60 * MINUTE_MS;

        Dataset<Row> inRange = complaints
                .withColumn("month_start_on", trunc(localDate(col("received_ms")), "month"))
                .where(col("month_start_on").between(lit(first.atDay(1)), lit(last.atDay(1))))
                .withColumn("first_delay_ms", col("first_response_ms").minus(col("received_ms")))
                .withColumn("second_delay_ms", col("second_response_ms").minus(col("received_ms")))
                .withColumn("follow_up_delay_ms", col("follow_up_ms").minus(col("resolved_ms")));

        Column[] keys = KEYS.stream().map(k -> col(k)).toArray(Column[]::new);
        Dataset<Row> counts = inRange.groupBy(keys).agg(
                count(lit(1)).as("received"),
                sum(within(col("first_delay_ms"), firstLimit)).as("first_response_within"),
                sum(within(col("second_delay_ms"), secondLimit)).as("second_response_within"),
                count(col("resolved_ms")).as("resolved"),
                sum(when(col("resolved_ms").isNotNull(), within(col("follow_up_delay_ms"), lit(followUpMs)))
                        .otherwise(lit(0L))).as("follow_up_within"),
                count(col("first_delay_ms")).as("first_responses"));

        return counts.join(medianFirstResponse(inRange), KEYS.toArray(String[]::new), "left")
                .select(col("month_start_on"), col("business_unit_code"), col("outlet_code"), col("kind"),
                        col("received"),
                        col("first_response_within"),
                        Exact.ratio(col("first_response_within"), col("received")).as("first_response_share"),
                        col("second_response_within"),
                        Exact.ratio(col("second_response_within"), col("received")).as("second_response_share"),
                        col("resolved"),
                        col("follow_up_within"),
                        Exact.ratio(col("follow_up_within"), col("resolved")).as("follow_up_share"),
                        col("first_responses"),
                        col("median_first_response_minutes"))
                .repartition(1).sortWithinPartitions(keys);
    }

    /** The local date of a local wall-clock time in milliseconds. */
    static Column localDate(Column localMs) {
        return date_from_unix_date(floor(localMs.divide(lit(86_400_000L))).cast("int"));
    }

    /** The limit of each complaint's kind, in milliseconds. */
    private static Column limitMs(int softMinutes, int hardMinutes) {
        return when(col("kind").equalTo("hard"), lit(hardMinutes * MINUTE_MS)).otherwise(lit(softMinutes * MINUTE_MS));
    }

    /** 1 when the delay is known and at most the limit, else 0 (a missing time is never within). */
    private static Column within(Column delayMs, Column limitMs) {
        return when(delayMs.isNotNull().and(delayMs.leq(limitMs)), lit(1L)).otherwise(lit(0L));
    }

    /**
     * The exact median of the first-response delays per key, in minutes with six decimals: the rows ranked by delay,
     * the middle one (odd count) or the mean of the middle two (even count).
     */
    private static Dataset<Row> medianFirstResponse(Dataset<Row> complaints) {
        Column[] keys = KEYS.stream().map(k -> col(k)).toArray(Column[]::new);
        WindowSpec byKey = Window.partitionBy(keys);
        Dataset<Row> ranked = complaints
                .where(col("first_delay_ms").isNotNull())
                .withColumn("position", row_number().over(byKey.orderBy(col("first_delay_ms"))))
                .withColumn("responses", count(lit(1)).over(byKey));
        Column lowerMiddle = floor(col("responses").plus(lit(1)).divide(lit(2)));
        Column upperMiddle = floor(col("responses").divide(lit(2))).plus(lit(1));
        return ranked
                .where(col("position").equalTo(lowerMiddle).or(col("position").equalTo(upperMiddle)))
                .groupBy(keys)
                .agg(Exact.whole(sum(col("first_delay_ms"))).as("middle_ms"), count(lit(1)).as("middles"))
                .select(col("month_start_on"), col("business_unit_code"), col("outlet_code"), col("kind"),
                        col("middle_ms").divide(Exact.whole(col("middles").multiply(lit(MINUTE_MS))))
                                .cast(Exact.FINE).as("median_first_response_minutes"));
    }
}
