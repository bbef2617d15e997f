package dev.aura.core.evals;

import java.util.List;

/** Evaluation outcomes, written by whoever evaluates prompts (the Prompt Cards plugin) and read by Analytics. */
public interface EvalLog {
    void record(EvalRecord record);

    /** Newest first. */
    List<EvalRecord> recent(int limit);
}
