package dev.aura.core.tasks;

public enum JobState {
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED;

    public boolean isDone() {
        return this != RUNNING;
    }
}
