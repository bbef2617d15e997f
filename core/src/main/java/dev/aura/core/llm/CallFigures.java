package dev.aura.core.llm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aura.core.usage.Outcome;
import dev.aura.core.usage.UsageLog;
import dev.aura.core.usage.UsageRecord;
import dev.aura.core.store.sync.Ids;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The figures of a call: read from Ollama's final chunk ({@code prompt_eval_count}, {@code eval_count},
 * {@code eval_duration}, {@code total_duration}, all durations in ns), which langchain4j does not expose in full,
 * and written to the usage log.
 */
final class CallFigures {
    private static final Logger LOG = LoggerFactory.getLogger(CallFigures.class);

    private CallFigures() {}

    static ChatResult result(String text, String model, JsonNode finalChunk, ChatResponse response, Duration ttft,
            long elapsedNanos) {
        TokenUsage usage = response == null || response.metadata() == null ? null : response.metadata().tokenUsage();
        int promptTokens = count(finalChunk, "prompt_eval_count", usage == null ? null : usage.inputTokenCount());
        int outputTokens = count(finalChunk, "eval_count", usage == null ? null : usage.outputTokenCount());
        long evalNanos = finalChunk == null ? 0 : finalChunk.path("eval_duration").asLong(0);
        long totalNanos = finalChunk == null ? 0 : finalChunk.path("total_duration").asLong(0);
        double tokensPerSecond;
        if (evalNanos > 0) {
            tokensPerSecond = outputTokens / (evalNanos / 1e9);
        } else {
            long generatingNanos = elapsedNanos - (ttft == null ? 0 : ttft.toNanos());
            tokensPerSecond = generatingNanos > 0 ? outputTokens / (generatingNanos / 1e9) : 0;
        }
        String doneReason = finalChunk != null && finalChunk.hasNonNull("done_reason")
                ? finalChunk.get("done_reason").asText()
                : response != null && response.metadata() != null && response.metadata().finishReason() != null
                        ? response.metadata().finishReason().name().toLowerCase(java.util.Locale.ROOT)
                        : "";
        return new ChatResult(text, model, promptTokens, outputTokens, ttft == null ? Duration.ZERO : ttft,
                Duration.ofNanos(totalNanos > 0 ? totalNanos : elapsedNanos), tokensPerSecond, doneReason);
    }

    private static int count(JsonNode finalChunk, String field, Integer fallback) {
        if (finalChunk != null && finalChunk.has(field)) {
            return finalChunk.get(field).asInt();
        }
        return fallback == null ? 0 : fallback;
    }

    static void recordOk(UsageLog log, ChatRequest request, Instant startedAt, ChatResult r, JsonNode finalChunk,
            long elapsedNanos) {
        record(log, new UsageRecord(Ids.newId().toString(), startedAt, request.provider(), request.model(),
                request.source(), r.promptTokens(), r.outputTokens(),
                r.timeToFirstToken() == null ? null : r.timeToFirstToken().toMillis(),
                elapsedNanos / 1_000_000, r.tokensPerSecond(), null, Outcome.OK, null, null,
                parametersJson(request.parameters()), millis(finalChunk, "load_duration"),
                millis(finalChunk, "prompt_eval_duration"), millis(finalChunk, "eval_duration")));
    }

    /** Output tokens of a failed call are the chunks received: Ollama streams one token per chunk. */
    static void recordFailure(UsageLog log, ChatRequest request, Instant startedAt, LlmException error, int chunks,
            Duration ttft, long elapsedNanos) {
        Outcome outcome = error.kind() == LlmException.Kind.CANCELLED ? Outcome.CANCELLED : Outcome.ERROR;
        record(log, new UsageRecord(Ids.newId().toString(), startedAt, request.provider(), request.model(),
                request.source(), 0, chunks, ttft == null ? null : ttft.toMillis(), elapsedNanos / 1_000_000,
                null, null, outcome, error.kind() + ": " + error.getMessage(), error.kind().name(),
                parametersJson(request.parameters()), null, null, null));
    }

    /** Ollama reports durations in nanoseconds; null when the chunk lacks the field. */
    private static Long millis(JsonNode finalChunk, String field) {
        return finalChunk == null || !finalChunk.hasNonNull(field) ? null : finalChunk.get(field).asLong() / 1_000_000;
    }

    /** Only the parameters that were set, under Ollama's option names. */
    static String parametersJson(ModelParameters p) {
        java.util.Map<String, Object> set = new java.util.LinkedHashMap<>();
        if (p.temperature() != null) set.put("temperature", p.temperature());
        if (p.topP() != null) set.put("top_p", p.topP());
        if (p.numCtx() != null) set.put("num_ctx", p.numCtx());
        if (p.seed() != null) set.put("seed", p.seed());
        if (p.numPredict() != null) set.put("num_predict", p.numPredict());
        if (p.keepAlive() != null) set.put("keep_alive", p.keepAlive());
        try {
            return dev.aura.core.util.Json.MAPPER.writeValueAsString(set);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return "{}";
        }
    }

    private static void record(UsageLog log, UsageRecord record) {
        try {
            log.record(record);
        } catch (RuntimeException e) {
            LOG.warn("Could not write the usage record of a {} call to {}", record.outcome(), record.model(), e);
        }
    }

}
