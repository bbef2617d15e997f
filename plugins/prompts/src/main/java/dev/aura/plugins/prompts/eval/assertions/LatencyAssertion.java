package dev.aura.plugins.prompts.eval.assertions;

import dev.aura.plugins.prompts.eval.GradingContext;

/** {@code latency}: the call took at most {@code threshold} milliseconds. */
public final class LatencyAssertion extends MeasuredLimitAssertion {
    @Override
    public String type() {
        return "latency";
    }

    @Override
    Double measure(GradingContext context) {
        return context.latencyMs() == null ? null : context.latencyMs().doubleValue();
    }

    @Override
    String notMeasuredReason(GradingContext context) {
        return "No latency was measured for this output (cached or imported results have none):"
                + " rerun the test without the cache to check its latency";
    }

    @Override
    String describe(double measured) {
        return Reasons.number(measured) + "ms";
    }

    @Override
    String describeThreshold(double threshold) {
        return Reasons.number(threshold) + "ms";
    }

    @Override
    String label() {
        return "Latency";
    }
}
