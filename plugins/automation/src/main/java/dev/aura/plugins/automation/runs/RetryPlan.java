package dev.aura.plugins.automation.runs;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.aura.core.util.Json;
import dev.aura.plugins.automation.model.Step;
import dev.aura.plugins.automation.model.Workflow;
import dev.aura.plugins.automation.store.StoredRun;
import dev.aura.plugins.automation.store.StoredStep;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a retry starts: the first top-level step that did not succeed (or never ran), and the stored outputs of the
 * top-level steps before it, read back whole from their files when the history cut them.
 */
record RetryPlan(String fromStep, Map<String, Map<String, Object>> earlierOutputs) {
    private static final Logger LOG = LoggerFactory.getLogger(RetryPlan.class);
    private static final TypeReference<Map<String, Object>> OUTPUT = new TypeReference<>() {};

    RetryPlan {
        earlierOutputs = Map.copyOf(earlierOutputs);
    }

    static RetryPlan of(StoredRun run, Workflow workflow) {
        Map<String, StoredStep> lastTopLevel = new HashMap<>();
        for (StoredStep step : run.steps()) {
            if (!step.stepId().contains(".")) {
                lastTopLevel.put(step.stepId(), step);
            }
        }
        Map<String, Map<String, Object>> outputs = new LinkedHashMap<>();
        for (Step step : workflow.steps()) {
            StoredStep stored = lastTopLevel.get(step.id());
            if (stored == null || !stored.succeeded()) {
                return new RetryPlan(step.id(), outputs);
            }
            outputs.put(step.id(), wholeOutput(stored));
        }
        throw new IllegalStateException("Every step of run " + run.summary().id() + " of '" + run.summary().workflow()
                + "' succeeded, so there is no step to retry from. Start a new run instead.");
    }

    private static Map<String, Object> wholeOutput(StoredStep step) {
        if (step.fullOutput() == null) {
            return step.output();
        }
        try {
            return Json.MAPPER.readValue(Files.readString(step.fullOutput()), OUTPUT);
        } catch (IOException | RuntimeException e) {
            LOG.warn("The whole output of step {} could not be read from {}; the retry uses the shortened one",
                    step.stepId(), step.fullOutput(), e);
            return step.output();
        }
    }
}
