package dev.aura.plugins.prompts.history;

import dev.aura.plugins.prompts.run.SuiteResult;
import java.time.Instant;
import java.util.List;

/** A stored run as the history list and the trend chart show it. */
public record RunSummary(String id, String cardId, int cardVersion, Instant startedAt, long durationMs,
        List<String> models, int concurrency, RunStatus status, SuiteResult.Stats stats) {
    public RunSummary {
        models = List.copyOf(models);
    }

    /** Passed cells over the cells that were graded or errored (cancelled ones don't count); 0 when none. */
    public double passRate() {
        int counted = stats.successes() + stats.failures() + stats.errors();
        return counted == 0 ? 0 : (double) stats.successes() / counted;
    }
}
