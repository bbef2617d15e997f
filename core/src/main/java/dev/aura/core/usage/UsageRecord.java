package dev.aura.core.usage;

import java.time.Instant;

/** One model call. Timings in milliseconds; null where not measured (no first token, no cost known). */
public record UsageRecord(
        String id,
        Instant startedAt,
        String provider,
        String model,
        String source,
        int promptTokens,
        int outputTokens,
        Long timeToFirstTokenMs,
        long latencyMs,
        Double tokensPerSecond,
        Double estimatedCost,
        Outcome outcome,
        String error) {}
