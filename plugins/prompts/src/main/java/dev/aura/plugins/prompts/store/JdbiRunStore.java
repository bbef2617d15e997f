package dev.aura.plugins.prompts.store;

import dev.aura.core.store.Store;
import dev.aura.plugins.prompts.history.RunCell;
import dev.aura.plugins.prompts.history.RunStatus;
import dev.aura.plugins.prompts.history.RunStore;
import dev.aura.plugins.prompts.history.RunSummary;
import dev.aura.plugins.prompts.history.StoredRun;
import dev.aura.plugins.prompts.run.SuiteResult;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** CONTRACT SKELETON (storage helper): runs and their cells in the plugin's local tables. */
public final class JdbiRunStore implements RunStore {
    public JdbiRunStore(Store store, Clock clock) {
    }

    private static UnsupportedOperationException skeleton() {
        return new UnsupportedOperationException("contract skeleton: the storage helper implements this");
    }

    @Override
    public RunSummary save(String cardId, int cardVersion, List<String> models, int concurrency, Instant startedAt,
            RunStatus status, SuiteResult.Stats stats, List<RunCell> cells) { throw skeleton(); }
    @Override public List<RunSummary> history(String cardId, int limit) { throw skeleton(); }
    @Override public Optional<StoredRun> load(String runId) { throw skeleton(); }
    @Override public Optional<RunSummary> previous(String runId) { throw skeleton(); }
}
