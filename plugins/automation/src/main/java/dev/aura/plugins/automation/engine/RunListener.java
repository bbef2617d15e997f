package dev.aura.plugins.automation.engine;

/** Live progress of a run. Called from the run's threads. */
public interface RunListener {
    default void stepStarted(String stepId, int attempt) {}

    default void stepFinished(StepRecord record) {}

    default void runFinished(RunRecord record) {}

    RunListener NONE = new RunListener() {};
}
