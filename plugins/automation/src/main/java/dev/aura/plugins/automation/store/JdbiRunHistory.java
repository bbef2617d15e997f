package dev.aura.plugins.automation.store;

import dev.aura.core.store.Store;
import dev.aura.plugins.automation.engine.RunStatus;
import dev.aura.plugins.automation.engine.StepRecord;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CONTRACT SKELETON (helper "store" replaces it): run history in H2 (local tables); outputs over the size limit are
 * cut in the row and saved whole as JSON files under {@code outputsDir}.
 */
public final class JdbiRunHistory implements RunHistory {
    public JdbiRunHistory(Store store, Path outputsDir) {
        throw new UnsupportedOperationException("CONTRACT SKELETON");
    }

    @Override public String begin(String flowId, int version, String workflow, String trigger, Map<String, String> variables, Instant started, String retryOf) { throw new UnsupportedOperationException(); }
    @Override public void step(String runId, int index, StepRecord step) { throw new UnsupportedOperationException(); }
    @Override public void finish(String runId, RunStatus status, Instant finished, String error) { throw new UnsupportedOperationException(); }
    @Override public List<RunSummary> page(RunFilter filter, int offset, int limit) { throw new UnsupportedOperationException(); }
    @Override public int count(RunFilter filter) { throw new UnsupportedOperationException(); }
    @Override public Optional<StoredRun> load(String runId) { throw new UnsupportedOperationException(); }
    @Override public Optional<Instant> lastStart(String flowId, String triggerPrefix) { throw new UnsupportedOperationException(); }
    @Override public int closeInterrupted(Instant now) { throw new UnsupportedOperationException(); }
}
