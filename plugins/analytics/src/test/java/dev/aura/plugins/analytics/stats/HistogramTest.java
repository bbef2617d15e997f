package dev.aura.plugins.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HistogramTest {
    @Test
    void valuesUnder256MsAreExact() {
        for (long v = 0; v < 256; v++) {
            assertThat(Histogram.lowerBound(Histogram.bucketOf(v))).isEqualTo(v);
        }
    }

    @Test
    void largerValuesKeepTheirBucketWithinOnePercent() {
        for (long v = 256; v < 50_000_000; v = v * 17 / 16 + 1) {
            long lower = Histogram.lowerBound(Histogram.bucketOf(v));
            assertThat(lower).isLessThanOrEqualTo(v);
            assertThat((double) (v - lower) / v).isLessThan(0.01);
            assertThat(Histogram.bucketOf(lower)).isEqualTo(Histogram.bucketOf(v));
        }
    }

    @Test
    void bucketsAreOrderedLikeTheirValues() {
        int previous = -1;
        for (long v = 0; v < 2_000_000; v += 7) {
            int bucket = Histogram.bucketOf(v);
            assertThat(bucket).isGreaterThanOrEqualTo(previous);
            previous = bucket;
        }
    }

    @Test
    void percentileIsTheNearestRank() {
        Histogram h = new Histogram();
        for (long v : new long[] {50, 100, 200, 300, 1000}) {
            h.add(v);
        }
        assertThat(h.percentile(50)).isEqualTo(200.0);
        assertThat(h.percentile(40)).isEqualTo(100.0);
        assertThat(h.percentile(41)).isEqualTo(200.0);
        assertThat(h.percentile(95)).isEqualTo(1000.0);
        assertThat(h.percentile(0)).isEqualTo(50.0);
    }

    @Test
    void emptyHistogramHasNoPercentile() {
        assertThat(new Histogram().percentile(50)).isNull();
        Histogram fromEmpty = new Histogram();
        fromEmpty.addEncoded(new Histogram().encode());
        assertThat(fromEmpty.total()).isZero();
    }

    @Test
    void encodedHistogramDecodesToTheSameCounts() {
        Histogram original = new Histogram();
        long[] values = {0, 3, 3, 255, 256, 12_345, 12_345, 987_654_321L, 40};
        for (long v : values) {
            original.add(v);
        }
        Histogram copy = new Histogram();
        copy.addEncoded(original.encode());
        copy.addEncoded(original.encode());
        assertThat(copy.total()).isEqualTo(2L * values.length);
        for (double p : new double[] {1, 20, 50, 70, 90, 99, 100}) {
            assertThat(copy.percentile(p)).isEqualTo(original.percentile(p));
        }
        assertThat(copy.percentile(100)).isCloseTo(987_654_321.0, within(987_654_321.0 * 0.01));
    }
}
