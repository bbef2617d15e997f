package dev.aura.plugins.analytics.stats;

import dev.aura.core.usage.Outcome;
import dev.aura.plugins.analytics.model.Totals;

/** Adds up rollup rows into {@link Totals}; not thread-safe. */
final class Figures {
    private long calls;
    private long errors;
    private long cancelled;
    private long promptTokens;
    private long outputTokens;
    private double cost;
    private double tpsSum;
    private long tpsCount;
    private final Histogram latency = new Histogram();
    private final Histogram ttft = new Histogram();

    void add(RollupRow row, double rowCost) {
        calls += row.calls();
        if (row.outcome() == Outcome.ERROR) {
            errors += row.calls();
        } else if (row.outcome() == Outcome.CANCELLED) {
            cancelled += row.calls();
        }
        promptTokens += row.promptTokens();
        outputTokens += row.outputTokens();
        cost += rowCost;
        tpsSum += row.tpsSum();
        tpsCount += row.tpsCount();
        latency.addEncoded(row.latency());
        ttft.addEncoded(row.ttft());
    }

    long calls() {
        return calls;
    }

    Histogram latency() {
        return latency;
    }

    Totals totals() {
        if (calls == 0) {
            return Totals.EMPTY;
        }
        return new Totals(calls, errors, cancelled, promptTokens, outputTokens, cost, ttft.percentile(50),
                latency.percentile(95), tpsCount == 0 ? null : tpsSum / tpsCount);
    }
}
