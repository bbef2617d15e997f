package dev.aura.plugins.automation.runs;

import dev.aura.plugins.automation.engine.RunRecord;
import dev.aura.plugins.automation.engine.StepRecord;

/**
 * Live progress of every run, for the window's progress views. Called from the runs' threads (and the thread that
 * starts or answers); a listener that throws is logged and does not disturb the run.
 */
public interface RunEvents {
    /** A run was started, or queued ({@link ActiveRun#queued()} true); a queued run is announced again when it starts. */
    default void runStarted(ActiveRun run) {}

    default void stepStarted(ActiveRun run, String stepId, int attempt) {}

    default void stepFinished(ActiveRun run, StepRecord step) {}

    /** After the run is stored. */
    default void runFinished(ActiveRun run, RunRecord record) {}

    /** The pending approvals changed (one was asked for or answered). */
    default void approvalsChanged() {}
}
