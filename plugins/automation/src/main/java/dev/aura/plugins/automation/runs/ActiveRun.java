package dev.aura.plugins.automation.runs;

import dev.aura.plugins.automation.engine.RunRecord;
import dev.aura.plugins.automation.engine.StepRecord;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A run in progress (or queued behind another run of its workflow). Safe to read from any thread. */
public interface ActiveRun {
    /** The run's id in the history (assigned when it starts; a queued run has one too). */
    String runId();

    String flowId();

    String workflow();

    int version();

    String trigger();

    Instant started();

    /** True while it waits for an earlier run of the same workflow (overlap policy QUEUE). */
    boolean queued();

    /** The steps finished so far, in the order they ran. */
    List<StepRecord> finishedSteps();

    /** The id of the step running now, or null between steps. */
    String currentStep();

    /** The try number of the current step (1 for the first try). */
    int currentAttempt();

    /** Completes when the run has ended and is stored. */
    CompletableFuture<RunRecord> result();

    /** Stops the run: the current step is interrupted and the run is stored as CANCELLED. */
    void cancel();
}
