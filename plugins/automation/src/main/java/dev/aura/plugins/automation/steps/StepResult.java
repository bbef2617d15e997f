package dev.aura.plugins.automation.steps;

import java.util.Map;

/** What one execution of a step used (its resolved inputs) and produced (readable as {@code steps.<id>.<key>}). */
public record StepResult(Map<String, Object> inputs, Map<String, Object> output) {
    public StepResult {
        inputs = Map.copyOf(inputs);
        output = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(output));
    }
}
