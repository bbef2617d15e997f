package dev.aura.plugins.automation.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * One step of a stored run, in the order it ran. {@code output} values longer than the store's limit are cut, and
 * then {@code fullOutput} is the file holding the whole output as JSON (null when nothing was cut).
 * {@code error} is null when the step succeeded.
 */
public record StoredStep(int index, String stepId, Map<String, Object> inputs, Map<String, Object> output,
                         Duration duration, int attempts, String error, Path fullOutput) {
    public boolean succeeded() {
        return error == null;
    }

    public boolean truncated() {
        return fullOutput != null;
    }
}
