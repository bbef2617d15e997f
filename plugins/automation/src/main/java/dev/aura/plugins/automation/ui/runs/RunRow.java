package dev.aura.plugins.automation.ui.runs;

import dev.aura.plugins.automation.engine.RunStatus;
import dev.aura.plugins.automation.runs.ActiveRun;
import dev.aura.plugins.automation.store.RunSummary;
import java.time.Duration;
import java.time.Instant;

/**
 * A row of the history list: a stored run, or a run going now ({@code live}, with its current step). Immutable; the
 * list replaces a live row on every refresh.
 */
public record RunRow(String id, String flowId, String workflow, int version, String trigger, RunStatus status,
                     Instant started, Instant finished, int stepCount, String error, boolean live, boolean queued,
                     String currentStep, int attempt) {

    static RunRow of(RunSummary run) {
        return new RunRow(run.id(), run.flowId(), run.workflow(), run.version(), run.trigger(), run.status(),
                run.started(), run.finished(), run.stepCount(), run.error(), false, false, null, 0);
    }

    static RunRow of(ActiveRun run) {
        return new RunRow(run.runId(), run.flowId(), run.workflow(), run.version(), run.trigger(), RunStatus.RUNNING,
                run.started(), null, run.finishedSteps().size(), null, true, run.queued(), run.currentStep(),
                run.currentAttempt());
    }

    /** How long it ran, or has been running until {@code now}. */
    Duration duration(Instant now) {
        Instant end = finished != null ? finished : now;
        return started == null || end.isBefore(started) ? Duration.ZERO : Duration.between(started, end);
    }
}
