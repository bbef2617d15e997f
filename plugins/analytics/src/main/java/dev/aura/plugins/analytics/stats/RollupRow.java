package dev.aura.plugins.analytics.stats;

import dev.aura.core.usage.Outcome;

/**
 * The figures of the calls of one UTC hour with the same provider, model, source, outcome and error kind, histograms
 * decoded. Rows read from the rollup table and rows folded from the not-yet-rolled-up tail look the same.
 *
 * @param hourStart epoch seconds of the UTC hour the calls started in
 * @param errorKind null for calls without one
 * @param latency   the {@link Histogram} of latencies in its stored form; never modified
 * @param ttft      the same for times to first token
 */
record RollupRow(long hourStart, String provider, String model, String source, Outcome outcome, String errorKind,
        long calls, long promptTokens, long outputTokens, long latencySumMs, long ttftCount, double tpsSum,
        long tpsCount, byte[] latency, byte[] ttft) {

    RollupKey key() {
        return new RollupKey(hourStart, provider, model, source, outcome, errorKind);
    }
}
