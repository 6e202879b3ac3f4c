package org.cbec.app.exchange.domain;

import java.util.List;
import java.util.Map;

/**
 * Release times counted in buckets of at most so many seconds, so that p50, p90 and p99 over a month of a busy
 * platform are read from a few rows: a percentile is the bound of the bucket it falls in (an upper bound, at most
 * that long), and the share released within 10 minutes is exact (600 s is a bound).
 */
public final class ReleaseBuckets {

    /** The buckets' bounds in seconds; the last takes everything longer than a day. */
    public static final List<Integer> BOUNDS = List.of(1, 2, 3, 5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 300, 600,
            900, 1800, 3600, 7200, 14_400, 28_800, 86_400, Integer.MAX_VALUE);
    /** "Released within 10 minutes". */
    public static final int TEN_MINUTES = 600;

    private ReleaseBuckets() {
    }

    /** The bucket a release time in seconds counts in. */
    public static int bucket(long seconds) {
        return BOUNDS.stream().filter(bound -> seconds <= bound).findFirst().orElseThrow();
    }

    /** The bound of the bucket holding the percentile, from counts by bound; null when nothing was released. */
    public static Integer percentile(Map<Integer, Long> counts, int percent) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return null;
        }
        long rank = (long) Math.ceil(percent / 100.0 * total);
        long seen = 0;
        for (int bound : BOUNDS) {
            seen += counts.getOrDefault(bound, 0L);
            if (seen >= rank) {
                return bound;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The share of parcels released within {@code seconds} (a bound), from counts by bound. */
    public static double shareWithin(Map<Integer, Long> counts, int seconds) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        long within = counts.entrySet().stream().filter(e -> e.getKey() <= seconds).mapToLong(Map.Entry::getValue)
                .sum();
        return total == 0 ? 0 : (double) within / total;
    }
}
