package dev.aura.core.usage;

import java.time.Instant;

/**
 * One model call. Timings in milliseconds; null where not measured (no first token, no cost known).
 *
 * @param errorKind    the {@code LlmException.Kind} name of a failed or cancelled call, else null
 * @param parameters   the call's sampling parameters as a JSON object, or null
 * @param loadMs       Ollama's {@code load_duration} (loading the model), null when not reported
 * @param promptEvalMs Ollama's {@code prompt_eval_duration}
 * @param evalMs       Ollama's {@code eval_duration} (generating the output)
 */
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
        String error,
        String errorKind,
        String parameters,
        Long loadMs,
        Long promptEvalMs,
        Long evalMs) {

    /** Without the details (error kind, parameters, Ollama's timings). */
    public UsageRecord(String id, Instant startedAt, String provider, String model, String source, int promptTokens,
            int outputTokens, Long timeToFirstTokenMs, long latencyMs, Double tokensPerSecond, Double estimatedCost,
            Outcome outcome, String error) {
        this(id, startedAt, provider, model, source, promptTokens, outputTokens, timeToFirstTokenMs, latencyMs,
                tokensPerSecond, estimatedCost, outcome, error, null, null, null, null, null);
    }
}
