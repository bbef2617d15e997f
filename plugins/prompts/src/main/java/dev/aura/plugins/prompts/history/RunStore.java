package dev.aura.plugins.prompts.history;

import dev.aura.plugins.prompts.run.SuiteResult;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Every run of a card, kept in H2 (local tables, not synced). Never call it on the FX thread. */
public interface RunStore {
    /** Stores a finished (or cancelled) run with all its cells in one transaction. */
    RunSummary save(String cardId, int cardVersion, List<String> models, int concurrency, Instant startedAt,
            RunStatus status, SuiteResult.Stats stats, List<RunCell> cells);

    /** The card's newest {@code limit} runs, newest first. */
    List<RunSummary> history(String cardId, int limit);

    Optional<StoredRun> load(String runId);

    /** The card's run just before {@code runId}, the one "compare with previous run" uses. */
    Optional<RunSummary> previous(String runId);
}
