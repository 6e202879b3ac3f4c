package org.cbec.app.exchange.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** p50, p90 and p99 read from buckets; the share released within 10 minutes (600 s) exact. */
class ReleaseBucketsTest {

    @Test
    void aTimeCountsInTheSmallestBucketItFits() {
        assertThat(ReleaseBuckets.bucket(0)).isEqualTo(1);
        assertThat(ReleaseBuckets.bucket(600)).isEqualTo(600);
        assertThat(ReleaseBuckets.bucket(601)).isEqualTo(900);
        assertThat(ReleaseBuckets.bucket(90_000)).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void percentilesAreTheBoundsOfTheirBuckets() {
        // 100 parcels: 50 within 5 s, 40 within 60 s, 9 within 600 s, 1 within an hour
        Map<Integer, Long> counts = Map.of(5, 50L, 60, 40L, 600, 9L, 3600, 1L);
        assertThat(ReleaseBuckets.percentile(counts, 50)).isEqualTo(5);
        assertThat(ReleaseBuckets.percentile(counts, 90)).isEqualTo(60);
        assertThat(ReleaseBuckets.percentile(counts, 99)).isEqualTo(600);
        assertThat(ReleaseBuckets.shareWithin(counts, ReleaseBuckets.TEN_MINUTES)).isEqualTo(0.99);
        assertThat(ReleaseBuckets.percentile(Map.of(), 50)).isNull();
    }
}
