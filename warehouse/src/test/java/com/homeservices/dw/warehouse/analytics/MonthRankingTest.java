package com.homeservices.dw.warehouse.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** MonthRanking's {@code NTILE(5)}, against the buckets SQL makes, worked out by hand. */
class MonthRankingTest {

    private static int[] quintiles(int rows) {
        return IntStream.range(0, rows).map(position -> MonthRanking.ntile(position, rows)).toArray();
    }

    @Test
    void fewerRowsThanBucketsFillTheFirstBucketsOneEach() {
        assertThat(quintiles(1)).containsExactly(1);
        assertThat(quintiles(3)).containsExactly(1, 2, 3);
    }

    @Test
    void aRemainderGoesOneRowEachToTheFirstBuckets() {
        // 7 rows: 7 = 5 × 1 + 2, so buckets 1 and 2 hold two rows, buckets 3 to 5 one
        assertThat(quintiles(7)).containsExactly(1, 1, 2, 2, 3, 4, 5);
        // 13 rows: 13 = 5 × 2 + 3, so buckets 1 to 3 hold three rows, 4 and 5 two
        assertThat(quintiles(13)).containsExactly(1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 5, 5);
    }

    @Test
    void aMultipleOfFiveSplitsEvenly() {
        assertThat(quintiles(10)).containsExactly(1, 1, 2, 2, 3, 3, 4, 4, 5, 5);
    }
}
