package com.homeservices.dw.warehouse.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.homeservices.dw.warehouse.policy.ComplaintPolicy;
import com.homeservices.dw.warehouse.testing.SparkForTests;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** Complaint handling on hand-made complaints, every figure worked out by hand (limits: soft 15/30, hard 60/180). */
class ComplaintHandlingIntegrationTest {

    private static final StructType COMPLAINTS = new StructType()
            .add("complaint_no", DataTypes.StringType)
            .add("business_unit_code", DataTypes.StringType)
            .add("outlet_code", DataTypes.StringType)
            .add("kind", DataTypes.StringType)
            .add("received_ms", DataTypes.LongType)
            .add("first_response_ms", DataTypes.LongType)
            .add("second_response_ms", DataTypes.LongType)
            .add("resolved_ms", DataTypes.LongType)
            .add("follow_up_ms", DataTypes.LongType);

    private final ComplaintHandling handling = new ComplaintHandling(ComplaintPolicy.defaults());

    /** A local wall-clock time as the input carries it: milliseconds since 1970-01-01 00:00 local. */
    private static Long at(String localTime) {
        return localTime == null ? null
                : LocalDateTime.parse(localTime.replace(' ', 'T')).toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    private static Row complaint(String no, String unit, String outlet, String kind, String received, String first,
                                 String second, String resolved, String followUp) {
        return RowFactory.create(no, unit, outlet, kind, at(received), at(first), at(second), at(resolved), at(followUp));
    }

    private static Dataset<Row> handMadeComplaints() {
        List<Row> rows = List.of(
                // soft, January, O1: first at exactly 15 minutes, second at exactly 30, follow-up at exactly 24 h
                complaint("K1", "B1", "O1", "soft", "2024-01-05 10:00:00", "2024-01-05 10:15:00", "2024-01-05 10:30:00",
                        "2024-01-05 12:00:00", "2024-01-06 12:00:00"),
                // 16 minutes is late; 29 is in time; a follow-up 24 h 1 min after the resolution is late
                complaint("K2", "B1", "O1", "soft", "2024-01-10 09:00:00", "2024-01-10 09:16:00", "2024-01-10 09:29:00",
                        "2024-01-10 11:00:00", "2024-01-11 11:01:00"),
                // received in January's last minutes, answered in February: a January complaint, in time
                complaint("K3", "B1", "O1", "soft", "2024-01-31 23:50:00", "2024-02-01 00:05:00", null, null, null),
                // never answered, resolved without a follow-up: counts as received and resolved, never as within
                complaint("K4", "B1", "O1", "soft", "2024-01-20 08:00:00", null, null, "2024-01-21 08:00:00", null),
                // hard, January, O1: 60 and 180 minutes are in time, 61 and 181 late; nothing resolved
                complaint("H1", "B1", "O1", "hard", "2024-01-03 14:00:00", "2024-01-03 15:00:00", "2024-01-03 17:00:00",
                        null, null),
                complaint("H2", "B1", "O1", "hard", "2024-01-04 14:00:00", "2024-01-04 15:01:00", "2024-01-04 17:01:00",
                        null, null),
                // soft, February, O2: received at the month's first moment and on the leap day
                complaint("S1", "B1", "O2", "soft", "2024-02-01 00:00:00", "2024-02-01 00:07:30", "2024-02-01 00:20:00",
                        null, null),
                complaint("S2", "B1", "O2", "soft", "2024-02-29 10:00:00", "2024-02-29 10:10:00", null, null, null),
                // received in December's last minute: outside the range, though answered in January
                complaint("D1", "B1", "O1", "soft", "2023-12-31 23:59:00", "2024-01-01 00:10:00", null, null, null));
        return SparkForTests.session().createDataFrame(rows, COMPLAINTS);
    }

    @Test
    void sharesAndMediansPerMonthOutletAndKindAsWorkedOutByHand() {
        Dataset<Row> result = handling.compute(handMadeComplaints(), YearMonth.of(2024, 1), YearMonth.of(2024, 3));

        // month|unit|outlet|kind|received|first in time|share|second in time|share|resolved|followed up in time|share|
        //   first responses|median minutes to first response
        assertThat(SparkForTests.lines(result)).containsExactly(
                // soft: K1 and K3 first in time (2 of 4), K1 and K2 second in time; K1's follow-up of 3 resolved;
                // delays 15, 15, 16: median 15
                "2024-01-01|B1|O1|hard|2|1|0.500000000000|1|0.500000000000|0|0||2|60.500000",
                "2024-01-01|B1|O1|soft|4|2|0.500000000000|2|0.500000000000|3|1|0.333333333333|3|15.000000",
                // 7.5 and 10 minutes: median 8.75; nothing resolved, so no follow-up share; March has no rows
                "2024-02-01|B1|O2|soft|2|2|1.000000000000|1|0.500000000000|0|0||2|8.750000");
    }

    @Test
    void stricterLimitsFromThePolicyChangeWhatIsInTime() {
        ComplaintHandling strict = new ComplaintHandling(new ComplaintPolicy(10, null, null, null, 1));

        Dataset<Row> result = strict.compute(handMadeComplaints(), YearMonth.of(2024, 2), YearMonth.of(2024, 2));

        // 7.5 minutes is within 10, 10 minutes exactly is too
        assertThat(SparkForTests.lines(result)).containsExactly(
                "2024-02-01|B1|O2|soft|2|2|1.000000000000|1|0.500000000000|0|0||2|8.750000");
        Dataset<Row> january = strict.compute(handMadeComplaints(), YearMonth.of(2024, 1), YearMonth.of(2024, 1))
                .where("kind = 'soft'");
        // first within 10 minutes: none of 15, 16, 15; follow-up within 1 hour: none
        assertThat(SparkForTests.lines(january)).containsExactly(
                "2024-01-01|B1|O1|soft|4|0|0.000000000000|2|0.500000000000|3|0|0.000000000000|3|15.000000");
    }

    @Test
    void aMonthWithoutComplaintsHasNoRows() {
        Dataset<Row> result = handling.compute(handMadeComplaints(), YearMonth.of(2024, 3), YearMonth.of(2024, 4));

        assertThat(SparkForTests.lines(result)).isEmpty();
    }
}
