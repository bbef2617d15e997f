package dev.aura.plugins.automation.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A named list of steps with variable defaults, triggers and permissions. Immutable. */
public record Workflow(
        String name,
        String description,
        Map<String, String> variables,
        List<Step> steps,
        List<Trigger> triggers,
        Permissions permissions) {
    public Workflow {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        variables = variables == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(variables));
        steps = List.copyOf(steps);
        triggers = triggers == null ? List.of() : List.copyOf(triggers);
        permissions = permissions == null ? Permissions.NONE : permissions;
    }
}
