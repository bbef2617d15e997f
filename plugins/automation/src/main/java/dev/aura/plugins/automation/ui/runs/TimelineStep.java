package dev.aura.plugins.automation.ui.runs;

import dev.aura.plugins.automation.engine.StepRecord;
import dev.aura.plugins.automation.store.StoredStep;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

    /** The id below its top-level step, item numbers as "#n": {@code each.1.summarize} is "#1 summarize". */
    public String shortId() {
        String[] parts = stepId.split("\\.");
        if (parts.length == 1) {
            return stepId;
        }
        StringBuilder label = new StringBuilder();
        for (int i = 1; i < parts.length; i++) {
            if (!label.isEmpty()) {
                label.append(' ');
            }
            boolean number = !parts[i].isEmpty() && parts[i].chars().allMatch(Character::isDigit);
            label.append(number ? "#" + parts[i] : parts[i]);
        }
        return label.toString();
    }

    /**
     * The steps in run order, except that a step's nested steps follow it: the engine records a For each after its
     * items, which reads backwards. A group takes the place where its first step ran.
     */
    static List<TimelineStep> inTreeOrder(List<TimelineStep> runOrder) {
        Map<String, List<TimelineStep>> groups = new LinkedHashMap<>();
        for (TimelineStep step : runOrder) {
            groups.computeIfAbsent(step.stepId().split("\\.", 2)[0], k -> new ArrayList<>()).add(step);
        }
        List<TimelineStep> ordered = new ArrayList<>(runOrder.size());
        for (List<TimelineStep> group : groups.values()) {
            group.stream().filter(s -> s.depth() == 0).forEach(ordered::add);
            group.stream().filter(s -> s.depth() > 0).forEach(ordered::add);
        }
        return ordered;
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
