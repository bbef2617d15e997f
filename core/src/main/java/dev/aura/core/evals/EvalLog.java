package dev.aura.core.evals;

import java.util.List;

/** Evaluation outcomes, written by whoever evaluates prompts (the Prompt Cards plugin) and read by Analytics. */
public interface EvalLog {
    void record(EvalRecord record);

    /** Records many at once (a suite's results when it ends): one transaction instead of one per result. */
    default void recordAll(List<EvalRecord> records) {
        records.forEach(this::record);
    }

    /** Newest first. */
    List<EvalRecord> recent(int limit);
}
