package dev.aura.plugins.automation.model;

import java.time.Duration;

/** How often a step is tried, and the first wait between tries (doubled after each failure). */
public record RetryPolicy(int attempts, Duration backoff) {
    public static final RetryPolicy ONCE = new RetryPolicy(1, Duration.ZERO);

    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("A step needs at least one attempt, got " + attempts);
        }
        backoff = backoff == null ? Duration.ZERO : backoff;
    }

    /** The wait before try number {@code nextAttempt} (2 waits one backoff, 3 waits two, 4 waits four...). */
    public Duration delayBefore(int nextAttempt) {
        return backoff.multipliedBy(1L << Math.min(30, Math.max(0, nextAttempt - 2)));
    }
}
