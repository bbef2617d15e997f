package dev.aura.plugins.automation.steps;

/** Asks the user to approve or reject a paused run; blocks until they answer or the run is cancelled. */
@FunctionalInterface
public interface Approver {
    boolean approve(String stepId, String message) throws InterruptedException;

    /** Where nobody can answer (a headless run): every approval fails the step with a reason. */
    Approver NOBODY = (stepId, message) -> {
        throw new StepFailure("Step '" + stepId + "' needs an approval, but nobody"
                + " can answer in this run. Run the workflow from the app to approve it.");
    };
}
