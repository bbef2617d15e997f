package dev.aura.plugins.analytics.stats;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * A mergeable histogram of durations in milliseconds, small enough to store per rollup row.
 *
 * <p>Buckets: values under 256 ms each have their own bucket (exact). Larger values keep their 8 most significant
 * bits, so a bucket's lower bound is within 1/128 (&lt; 1%) of every value in it. Negative values count as 0.
 *
 * <p>Percentiles are nearest rank: the smallest value v such that at least p% of the values are &lt;= v, reported
 * as the lower bound of v's bucket (exact for values under 256 ms).
 *
 * <p>Stored form: sparse pairs (bucket index minus the previous index, count), each an unsigned LEB128 varint.
 * Rows keep that form in memory too (a few dozen bytes) and are added straight from it. Not thread-safe.
 */
final class Histogram {
    private static final int EXACT = 256;
    private static final int PER_OCTAVE = 128;

    private long[] counts = new long[EXACT];
    private long total;

    static int bucketOf(long value) {
        if (value < EXACT) {
            return (int) Math.max(0, value);
        }
        int shift = 63 - Long.numberOfLeadingZeros(value) - 7;
        int mantissa = (int) (value >>> shift);
        return EXACT + (shift - 1) * PER_OCTAVE + (mantissa - PER_OCTAVE);
    }

    static long lowerBound(int bucket) {
        if (bucket < EXACT) {
            return bucket;
        }
        int k = bucket - EXACT;
        int shift = k / PER_OCTAVE + 1;
        long mantissa = PER_OCTAVE + k % PER_OCTAVE;
        return mantissa << shift;
    }

    void add(long value) {
        addToBucket(bucketOf(value), 1);
    }

    long total() {
        return total;
    }

    private void addToBucket(int bucket, long count) {
        if (bucket >= counts.length) {
            counts = Arrays.copyOf(counts, Math.max(bucket + 1, counts.length * 2));
        }
        counts[bucket] += count;
        total += count;
    }

    /** Adds a histogram in its stored form, without decoding it into objects first. */
    void addEncoded(byte[] bytes) {
        int pos = 0;
        int bucket = 0;
        while (pos < bytes.length) {
            long delta = 0;
            int shift = 0;
            byte b;
            do {
                b = bytes[pos++];
                delta |= (long) (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            long count = 0;
            shift = 0;
            do {
                b = bytes[pos++];
                count |= (long) (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            bucket += (int) delta;
            addToBucket(bucket, count);
        }
    }

    /** The nearest-rank percentile ({@code p} in 0..100) as the bucket's lower bound; null when empty. */
    Double percentile(double p) {
        if (total == 0) {
            return null;
        }
        long rank = Math.max(1, (long) Math.ceil(p / 100.0 * total));
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return (double) lowerBound(i);
            }
        }
        throw new IllegalStateException("Histogram counts do not add up to its total");
    }

    byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32);
        int previous = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] != 0) {
                writeVarint(out, i - previous);
                writeVarint(out, counts[i]);
                previous = i;
            }
        }
        return out.toByteArray();
    }

    private static void writeVarint(ByteArrayOutputStream out, long value) {
        while ((value & ~0x7FL) != 0) {
            out.write((int) ((value & 0x7F) | 0x80));
            value >>>= 7;
        }
        out.write((int) value);
    }
}
