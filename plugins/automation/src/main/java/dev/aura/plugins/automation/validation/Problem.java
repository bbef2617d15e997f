package dev.aura.plugins.automation.validation;

/** Something that stops a workflow from being saved or run; {@code stepId} is null for workflow-level problems. */
public record Problem(String stepId, String message) {
    @Override
    public String toString() {
        return stepId == null ? message : "Step '" + stepId + "': " + message;
    }
}
