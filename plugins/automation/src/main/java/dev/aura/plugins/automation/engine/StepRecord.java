package dev.aura.plugins.automation.engine;

import java.time.Duration;
import java.util.Map;

/** How one step went in a run. {@code error} is null when it succeeded. */
public record StepRecord(String stepId, Map<String, Object> inputs, Map<String, Object> output, Duration duration,
                         int attempts, String error) {
    public boolean succeeded() {
        return error == null;
    }
}
