package dev.aura.plugins.automation.steps;

/** A step reached for a folder, host or executable the workflow was not granted. Never retried. */
public final class PermissionDenied extends StepFailure {
    public PermissionDenied(String message) {
        super(message);
    }
}
