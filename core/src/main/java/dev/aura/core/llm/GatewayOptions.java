package dev.aura.core.llm;

import java.time.Duration;
import java.util.Objects;

/**
 * Tuning of {@link OllamaLlmGateway}.
 *
 * @param stallTimeout       no token and no end for this long after the first line: the call ends as STALLED
 * @param firstTokenTimeout  the wait for the first line (includes model loading, which can take minutes)
 * @param maxConcurrentCalls calls running at once per provider; more wait their turn
 * @param connectAttempts    tries when Ollama cannot be reached, before any token arrived (1 = no retry)
 * @param retryBackoff       wait before the second try; doubles for each further try
 * @param connectTimeout     TCP connect timeout
 */
public record GatewayOptions(
        Duration stallTimeout,
        Duration firstTokenTimeout,
        int maxConcurrentCalls,
        int connectAttempts,
        Duration retryBackoff,
        Duration connectTimeout) {

    public GatewayOptions {
        Objects.requireNonNull(stallTimeout, "stallTimeout");
        Objects.requireNonNull(firstTokenTimeout, "firstTokenTimeout");
        Objects.requireNonNull(retryBackoff, "retryBackoff");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        if (maxConcurrentCalls < 1 || connectAttempts < 1) {
            throw new IllegalArgumentException("maxConcurrentCalls and connectAttempts must be at least 1");
        }
    }

    public static GatewayOptions defaults() {
        return new GatewayOptions(Duration.ofSeconds(60), Duration.ofMinutes(5), 2, 3, Duration.ofMillis(500),
                Duration.ofSeconds(2));
    }

    public GatewayOptions withStallTimeout(Duration value) {
        return new GatewayOptions(value, firstTokenTimeout, maxConcurrentCalls, connectAttempts, retryBackoff, connectTimeout);
    }

    public GatewayOptions withFirstTokenTimeout(Duration value) {
        return new GatewayOptions(stallTimeout, value, maxConcurrentCalls, connectAttempts, retryBackoff, connectTimeout);
    }

    public GatewayOptions withMaxConcurrentCalls(int value) {
        return new GatewayOptions(stallTimeout, firstTokenTimeout, value, connectAttempts, retryBackoff, connectTimeout);
    }

    public GatewayOptions withRetries(int attempts, Duration backoff) {
        return new GatewayOptions(stallTimeout, firstTokenTimeout, maxConcurrentCalls, attempts, backoff, connectTimeout);
    }

    public GatewayOptions withConnectTimeout(Duration value) {
        return new GatewayOptions(stallTimeout, firstTokenTimeout, maxConcurrentCalls, connectAttempts, retryBackoff, value);
    }
}
