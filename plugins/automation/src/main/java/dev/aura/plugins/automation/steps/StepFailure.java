package dev.aura.plugins.automation.steps;

import java.util.Map;

/**
 * A step could not do its work; the message says what happened and what to do. It may carry what the step had
 * resolved and received (the URL and the server's error body), so the run history shows them for the failed step.
 */
public class StepFailure extends RuntimeException {
    private final transient StepResult partial;

    public StepFailure(String message) {
        this(message, null, null);
    }

    public StepFailure(String message, Throwable cause) {
        this(message, cause, null);
    }

    private StepFailure(String message, Throwable cause, StepResult partial) {
        super(message, cause);
        this.partial = partial;
    }

    /** This failure with the step's resolved inputs and whatever output it got before failing. */
    public static StepFailure with(String message, Map<String, Object> inputs, Map<String, Object> output) {
        return new StepFailure(message, null, new StepResult(inputs, output));
    }

    /** The inputs and output the step got to before it failed; empty maps when it did not say. */
    public StepResult partial() {
        return partial == null ? new StepResult(Map.of(), Map.of()) : partial;
    }
}
