package dev.aura.plugins.automation.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aura.plugins.automation.engine.StepRecord;
import dev.aura.plugins.automation.store.RunSummary;
import dev.aura.plugins.automation.store.StoredStep;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of {@code flows run --json} and {@code flows history --json}. A run: {@code id, workflow, version,
 * trigger, status, started, finished, durationMs, stepCount, error, retryOf}; with steps also {@code variables} and
 * {@code steps: [{index, id, status, durationMs, attempts, error, output}]} (a stored step cut for size also has
 * {@code truncated: true} and {@code fullOutput}, the file with all of it). Times are ISO-8601 instants; missing
 * values are null.
 */
final class RunJson {
    static final ObjectMapper JSON = new ObjectMapper();

    private RunJson() {}

    static ObjectNode summary(RunSummary run) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", run.id());
        node.put("workflow", run.workflow());
        node.put("version", run.version());
        node.put("trigger", run.trigger());
        node.put("status", run.status().name());
        node.put("started", instant(run.started()));
        node.put("finished", instant(run.finished()));
        if (run.started() != null && run.finished() != null) {
            node.put("durationMs", Duration.between(run.started(), run.finished()).toMillis());
        } else {
            node.putNull("durationMs");
        }
        node.put("stepCount", run.stepCount());
        node.put("error", run.error());
        node.put("retryOf", run.retryOf());
        return node;
    }

    static void variables(ObjectNode node, Map<String, String> variables) {
        ObjectNode vars = node.putObject("variables");
        variables.forEach(vars::put);
    }

    static void storedSteps(ObjectNode node, List<StoredStep> steps) {
        ArrayNode array = node.putArray("steps");
        for (StoredStep step : steps) {
            ObjectNode s = step(array, step.index(), step.stepId(), step.duration(), step.attempts(), step.error(),
                    step.output());
            if (step.truncated()) {
                s.put("truncated", true);
                s.put("fullOutput", step.fullOutput().toString());
            }
        }
    }

    static void steps(ObjectNode node, List<StepRecord> steps) {
        ArrayNode array = node.putArray("steps");
        for (int i = 0; i < steps.size(); i++) {
            StepRecord step = steps.get(i);
            step(array, i, step.stepId(), step.duration(), step.attempts(), step.error(), step.output());
        }
    }

    private static ObjectNode step(ArrayNode array, int index, String id, Duration duration, int attempts,
                                   String error, Map<String, Object> output) {
        ObjectNode s = array.addObject();
        s.put("index", index);
        s.put("id", id);
        s.put("status", error == null ? "SUCCEEDED" : "FAILED");
        s.put("durationMs", duration == null ? null : duration.toMillis());
        s.put("attempts", attempts);
        s.put("error", error);
        s.set("output", value(output));
        return s;
    }

    static JsonNode value(Object value) {
        return value == null ? JSON.nullNode() : JSON.valueToTree(value);
    }

    static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
