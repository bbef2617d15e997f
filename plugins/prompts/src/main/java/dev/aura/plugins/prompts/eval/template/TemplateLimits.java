package dev.aura.plugins.prompts.eval.template;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on one render, so a template such as {@code {% for i in range(100000000) %}} can neither hang a run nor
 * exhaust memory.
 *
 * @param maxOutputChars the longest rendered prompt allowed
 * @param maxLoopItems the most items a {@code range()} produces (larger ranges are cut, as Jinjava does)
 * @param timeout the longest a single render may take
 */
public record TemplateLimits(long maxOutputChars, int maxLoopItems, Duration timeout) {
    public static final TemplateLimits DEFAULT = new TemplateLimits(2_000_000, 10_000, Duration.ofSeconds(2));

    public TemplateLimits {
        Objects.requireNonNull(timeout, "timeout");
        if (maxOutputChars <= 0 || maxLoopItems <= 0 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("template limits must be positive");
        }
    }
}
