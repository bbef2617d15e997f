package dev.aura.plugins.automation.ui.runs;

import dev.aura.plugins.automation.engine.StepRecord;
import dev.aura.plugins.automation.store.StoredStep;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A row of a run's step timeline: a finished step, or the step running now ({@code running}, without output yet).
 * {@code depth} indents steps nested in For each, Condition or Run workflow ({@code each.0.summarize}).
 */
public record TimelineStep(String stepId, int depth, boolean running, Duration duration, int attempts, String error,
                           Map<String, Object> inputs, Map<String, Object> output, Path fullOutput) {

    static TimelineStep of(StoredStep step) {
        return new TimelineStep(step.stepId(), depth(step.stepId()), false, step.duration(), step.attempts(),
                step.error(), step.inputs(), step.output(), step.fullOutput());
    }

    static TimelineStep of(StepRecord step) {
        return new TimelineStep(step.stepId(), depth(step.stepId()), false, step.duration(), step.attempts(),
                step.error(), step.inputs(), step.output(), null);
    }

    static TimelineStep running(String stepId, int attempt, Duration elapsed) {
        return new TimelineStep(stepId, depth(stepId), true, elapsed, attempt, null, Map.of(), Map.of(), null);
    }

    public boolean failed() {
        return error != null;
    }

    public boolean truncated() {
        return fullOutput != null;
    }

    /** The step's own id, without the ids of the steps it is nested in. */
    public String shortId() {
        int dot = stepId.lastIndexOf('.');
        return dot < 0 ? stepId : stepId.substring(dot + 1);
    }

    /** Item numbers of For each ({@code each.0.summarize}) do not add a level. */
    static int depth(String stepId) {
        int depth = 0;
        String[] parts = stepId.split("\\.");
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].chars().allMatch(Character::isDigit)) {
                depth++;
            }
        }
        return depth;
    }
}
