package dev.aura.plugins.automation.steps;

/** A step could not do its work; the message says what happened and what to do. */
public class StepFailure extends RuntimeException {
    public StepFailure(String message) {
        super(message);
    }

    public StepFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
