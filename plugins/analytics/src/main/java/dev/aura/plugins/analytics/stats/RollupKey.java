package dev.aura.plugins.analytics.stats;

import dev.aura.core.usage.Outcome;

/** What one rollup row groups by; {@code errorKind} null for calls without one. */
record RollupKey(long hourStart, String provider, String model, String source, Outcome outcome, String errorKind) {
    static long hourOf(long epochSecond) {
        return Math.floorDiv(epochSecond, 3600) * 3600;
    }
}
