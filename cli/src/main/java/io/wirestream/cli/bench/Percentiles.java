package io.wirestream.cli.bench;

import java.util.Arrays;

/**
 * Latency percentiles in milliseconds, from every measured sample (no histogram buckets: the runs
 * hold tens of thousands of samples, which sort in milliseconds).
 */
public record Percentiles(long count, double p50, double p95, double p99, double max) {

    public static final Percentiles NONE = new Percentiles(0, 0, 0, 0, 0);

    /** @param millis one latency per record, in milliseconds (the array is sorted in place) */
    public static Percentiles of(long[] millis) {
        if (millis.length == 0) {
            return NONE;
        }
        Arrays.sort(millis);
        return new Percentiles(millis.length, at(millis, 0.50), at(millis, 0.95), at(millis, 0.99), millis[millis.length - 1]);
    }

    /** Nearest-rank percentile. */
    private static double at(long[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
