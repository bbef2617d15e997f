package dev.aura.plugins.analytics.stats;

import dev.aura.core.usage.Outcome;

/**
 * The columns of one usage_log row that the rollups need.
 *
 * @param startedAt epoch seconds
 * @param settled   recorded long enough ago that no insert with a lower seq can still be uncommitted
 */
record RawCall(long seq, long startedAt, String provider, String model, String source, int promptTokens,
        int outputTokens, Long ttftMs, long latencyMs, Double tokensPerSecond, Outcome outcome, String errorKind,
        boolean settled) {

    RollupKey key() {
        return new RollupKey(RollupKey.hourOf(startedAt), provider, model, source, outcome, errorKind);
    }
}
