package dev.aura.core.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.aura.core.ollama.LazyHttpClient;
import dev.aura.core.ollama.OllamaConnection;
import dev.aura.core.ollama.OllamaErrorText;
import dev.aura.core.store.sync.Ids;
import dev.aura.core.usage.Outcome;
import dev.aura.core.usage.UsageLog;
import dev.aura.core.usage.UsageRecord;
import dev.aura.core.util.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Embeddings} over Ollama's {@code POST /api/embed} ({@code {"model", "input": [...]}} answered by
 * {@code {"embeddings": [[...]], "load_duration", "total_duration", "prompt_eval_count"}}). Connection failures are
 * retried as the chat gateway retries them; each call, failed or not, becomes one usage-log row with
 * {@code prompt_eval_count} as its prompt tokens. The Ollama URL is read at each call. Thread-safe.
 */
public final class OllamaEmbeddings implements Embeddings {
    private static final Logger LOG = LoggerFactory.getLogger(OllamaEmbeddings.class);

    private final OllamaConnection connection;
    private final UsageLog usageLog;
    private final GatewayOptions options;
    private final LazyHttpClient http;

    public OllamaEmbeddings(OllamaConnection connection, UsageLog usageLog) {
        this(connection, usageLog, GatewayOptions.defaults());
    }

    /**
     * Uses the options' connect timeout, connect attempts and retry backoff; {@code firstTokenTimeout} bounds the
     * wait for the answer, since it includes loading the model.
     */
    public OllamaEmbeddings(OllamaConnection connection, UsageLog usageLog, GatewayOptions options) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.usageLog = Objects.requireNonNull(usageLog, "usageLog");
        this.options = Objects.requireNonNull(options, "options");
        this.http = new LazyHttpClient(options.connectTimeout());
    }

    @Override
    public List<float[]> embed(String source, String model, List<String> inputs) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(model, "model");
        if (inputs.isEmpty()) {
            return List.of();
        }
        Instant startedAt = Instant.now();
        long startNanos = System.nanoTime();
        try {
            JsonNode answer = send(model, inputs);
            List<float[]> vectors = vectors(answer, inputs.size());
            recordOk(source, model, startedAt, answer, System.nanoTime() - startNanos);
            return vectors;
        } catch (LlmException e) {
            recordFailure(source, model, startedAt, e, System.nanoTime() - startNanos);
            throw e;
        }
    }

    private JsonNode send(String model, List<String> inputs) {
        URI base = connection.baseUri();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/+$", "") + "/api/embed"))
                .timeout(options.firstTokenTimeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(model, inputs)))
                .build();
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> response = http.get().send(request, HttpResponse.BodyHandlers.ofString());
                return answer(response, model, base);
            } catch (HttpTimeoutException e) {
                if (!(e instanceof HttpConnectTimeoutException)) {
                    throw new LlmException(LlmException.Kind.STALLED,
                            LlmErrors.embedTimedOut(model, options.firstTokenTimeout().toSeconds()), "", e);
                }
                retryOrThrow(attempt, base, e, true);
            } catch (IOException e) {
                retryOrThrow(attempt, base, e, LlmErrors.isConnectFailure(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LlmException(LlmException.Kind.CANCELLED, LlmErrors.embedCancelled(), "", e);
            }
        }
    }

    /**
     * Connection failures are retried up to the configured attempts with a doubling backoff; a connection that broke
     * after it was made (a kept-alive one Ollama closed on restart) once, at once, since embedding is idempotent.
     */
    private void retryOrThrow(int attempt, URI base, IOException error, boolean connectFailure) {
        if (connectFailure) {
            if (attempt >= options.connectAttempts()) {
                throw new LlmException(LlmException.Kind.UNREACHABLE, LlmErrors.unreachable(base), "", error);
            }
            long delay = options.retryBackoff().toMillis() << (attempt - 1);
            LOG.debug("Ollama at {} not reachable for an embedding (attempt {}), retrying in {} ms", base, attempt,
                    delay);
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LlmException(LlmException.Kind.CANCELLED, LlmErrors.embedCancelled(), "", e);
            }
        } else if (attempt > 1) {
            throw new LlmException(LlmException.Kind.DISCONNECTED, LlmErrors.embedBroken(base, error), "", error);
        }
    }

    private static JsonNode answer(HttpResponse<String> response, String model, URI base) {
        int status = response.statusCode();
        String body = response.body() == null ? "" : response.body();
        if (status / 100 == 2) {
            try {
                return Json.MAPPER.readTree(body);
            } catch (JsonProcessingException e) {
                throw new LlmException(LlmException.Kind.OTHER, LlmErrors.garbage(base, body), "", e);
            }
        }
        String error = OllamaErrorText.of(body);
        String lower = error.toLowerCase(Locale.ROOT);
        if (status == 404 && lower.contains("page not found")) {
            throw new LlmException(LlmException.Kind.HTTP_ERROR, LlmErrors.embedEndpointMissing(base), "", null);
        }
        if (status == 404) {
            throw new LlmException(LlmException.Kind.MODEL_NOT_FOUND, LlmErrors.modelNotFound(model), "", null);
        }
        if (lower.contains("does not support embed") || lower.contains("not implemented")) {
            throw new LlmException(LlmException.Kind.HTTP_ERROR, LlmErrors.cannotEmbed(model, error), "", null);
        }
        throw new LlmException(LlmException.Kind.HTTP_ERROR, LlmErrors.httpError(status, error), "", null);
    }

    private List<float[]> vectors(JsonNode answer, int expected) {
        JsonNode embeddings = answer.path("embeddings");
        if (!embeddings.isArray() || embeddings.size() != expected) {
            throw new LlmException(LlmException.Kind.OTHER, "Ollama at " + connection.baseUri() + " returned "
                    + (embeddings.isArray() ? embeddings.size() : "no") + " embeddings for " + expected
                    + " texts. Check that the URL in Settings points to Ollama, then try again.", "", null);
        }
        List<float[]> vectors = new ArrayList<>(expected);
        for (JsonNode embedding : embeddings) {
            float[] vector = new float[embedding.size()];
            for (int i = 0; i < vector.length; i++) {
                vector[i] = (float) embedding.get(i).asDouble();
            }
            vectors.add(vector);
        }
        return List.copyOf(vectors);
    }

    private static String body(String model, List<String> inputs) {
        try {
            return Json.MAPPER.writeValueAsString(Map.of("model", model, "input", inputs));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("embedding inputs are not serializable", e);
        }
    }

    private void recordOk(String source, String model, Instant startedAt, JsonNode answer, long elapsedNanos) {
        Long loadMs = millis(answer, "load_duration");
        Long totalMs = millis(answer, "total_duration");
        Long promptEvalMs = loadMs != null && totalMs != null ? Math.max(0, totalMs - loadMs) : null;
        record(new UsageRecord(Ids.newId().toString(), startedAt, "ollama", model, source,
                answer.path("prompt_eval_count").asInt(0), 0, null, elapsedNanos / 1_000_000, null, null, Outcome.OK,
                null, null, null, loadMs, promptEvalMs, null));
    }

    private void recordFailure(String source, String model, Instant startedAt, LlmException error,
            long elapsedNanos) {
        Outcome outcome = error.kind() == LlmException.Kind.CANCELLED ? Outcome.CANCELLED : Outcome.ERROR;
        record(new UsageRecord(Ids.newId().toString(), startedAt, "ollama", model, source, 0, 0, null,
                elapsedNanos / 1_000_000, null, null, outcome, error.kind() + ": " + error.getMessage(),
                error.kind().name(), null, null, null, null));
    }

    private static Long millis(JsonNode answer, String field) {
        return answer.hasNonNull(field) ? answer.get(field).asLong() / 1_000_000 : null;
    }

    private void record(UsageRecord record) {
        try {
            usageLog.record(record);
        } catch (RuntimeException e) {
            LOG.warn("Could not write the usage record of an embedding call to {}", record.model(), e);
        }
    }
}
