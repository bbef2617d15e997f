package dev.aura.plugins.automation.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A named list of steps with variable defaults, triggers, permissions and a policy for triggered runs. Immutable. */
public record Workflow(
        String name,
        String description,
        Map<String, String> variables,
        List<Step> steps,
        List<Trigger> triggers,
        Permissions permissions,
        RunPolicy policy) {
    public Workflow {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        variables = variables == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(variables));
        steps = List.copyOf(steps);
        triggers = triggers == null ? List.of() : List.copyOf(triggers);
        permissions = permissions == null ? Permissions.NONE : permissions;
        policy = policy == null ? RunPolicy.DEFAULT : policy;
    }

    /** With the default run policy. */
    public Workflow(String name, String description, Map<String, String> variables, List<Step> steps,
                    List<Trigger> triggers, Permissions permissions) {
        this(name, description, variables, steps, triggers, permissions, RunPolicy.DEFAULT);
    }

    public Workflow withPolicy(RunPolicy runPolicy) {
        return new Workflow(name, description, variables, steps, triggers, permissions, runPolicy);
    }
}
