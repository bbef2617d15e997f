package dev.aura.plugins.automation.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A finished run: the variables it used, its status and every step in the order they ran. */
public record RunRecord(String workflow, Map<String, String> variables, RunStatus status, Instant started,
                        Instant finished, List<StepRecord> steps) {
    public RunRecord {
        variables = Map.copyOf(variables);
        steps = List.copyOf(steps);
    }

    public Optional<StepRecord> step(String id) {
        return steps.stream().filter(s -> s.stepId().equals(id)).reduce((first, last) -> last);
    }
}
