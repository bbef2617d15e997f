package dev.aura.plugins.automation.store;

import dev.aura.plugins.automation.engine.RunStatus;
import dev.aura.plugins.automation.engine.StepRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every run of every workflow, written as it happens so a crash keeps the steps that finished. Local data (not
 * synced). Never call on the FX thread.
 */
public interface RunHistory {
    /** Records a run that starts now (status RUNNING) and returns its id. {@code retryOf} may be null. */
    String begin(String flowId, int version, String workflow, String trigger, Map<String, String> variables,
                 Instant started, String retryOf);

    /** Appends a finished step (index = its position in the run, from 0); long outputs are cut and saved to a file. */
    void step(String runId, int index, StepRecord step);

    void finish(String runId, RunStatus status, Instant finished, String error);

    /** Runs matching the filter, newest first. */
    List<RunSummary> page(RunFilter filter, int offset, int limit);

    int count(RunFilter filter);

    Optional<StoredRun> load(String runId);

    /**
     * The start of the latest run of this workflow by exactly this trigger, or by its catch-up run
     * ("{@code <trigger> (missed)}"): "interval PT1H" does not find "interval PT1H30M".
     */
    Optional<Instant> lastStart(String flowId, String trigger);

    /**
     * Marks runs still RUNNING that started before {@code now} (the app closed or crashed during them) as FAILED with
     * a reason; called once at start. Returns how many there were.
     */
    int closeInterrupted(Instant now);
}
