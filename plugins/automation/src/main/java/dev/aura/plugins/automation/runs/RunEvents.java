package dev.aura.plugins.automation.runs;

import dev.aura.plugins.automation.engine.RunRecord;
import dev.aura.plugins.automation.engine.StepRecord;

/** Live progress of every run, for the window's progress views. Called from the runs' threads. */
public interface RunEvents {
    default void runStarted(ActiveRun run) {}

    default void stepStarted(ActiveRun run, String stepId, int attempt) {}

    default void stepFinished(ActiveRun run, StepRecord step) {}

    /** After the run is stored. */
    default void runFinished(ActiveRun run, RunRecord record) {}

    /** The pending approvals changed (one was asked for or answered). */
    default void approvalsChanged() {}
}
