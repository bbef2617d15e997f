package dev.aura.plugins.automation.model;

import java.time.Duration;
import java.util.Objects;

/** One step of a workflow: its id (used in templates as {@code steps.<id>}), what it does, and how failures are handled. */
public record Step(String id, StepType type, RetryPolicy retry, Duration timeout, OnError onError) {
    public Step {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        retry = retry == null ? RetryPolicy.ONCE : retry;
        onError = onError == null ? OnError.STOP : onError;
    }

    public static Step of(String id, StepType type) {
        return new Step(id, type, RetryPolicy.ONCE, null, OnError.STOP);
    }

    public Step withRetry(RetryPolicy policy) {
        return new Step(id, type, policy, timeout, onError);
    }

    public Step withTimeout(Duration limit) {
        return new Step(id, type, retry, limit, onError);
    }

    public Step withOnError(OnError policy) {
        return new Step(id, type, retry, timeout, policy);
    }
}
