package dev.aura.plugins.automation.steps;

import dev.aura.plugins.automation.model.Permissions;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The state of one run that steps see: variables, the outputs of steps so far, and (inside a for-each) the item.
 * A for-each body gets a child context that shares the parent's outputs so later steps can read them.
 */
public final class RunContext {
    private final Map<String, String> variables;
    private final Map<String, Map<String, Object>> outputs;
    private final Permissions permissions;
    private final AtomicBoolean cancelled;
    private final Object item;
    private final boolean hasItem;

    public RunContext(Map<String, String> variables, Permissions permissions) {
        this(Map.copyOf(variables), new ConcurrentHashMap<>(), permissions, new AtomicBoolean(), null, false);
    }

    private RunContext(Map<String, String> variables, Map<String, Map<String, Object>> outputs, Permissions permissions,
                       AtomicBoolean cancelled, Object item, boolean hasItem) {
        this.variables = variables;
        this.outputs = outputs;
        this.permissions = Objects.requireNonNull(permissions, "permissions");
        this.cancelled = cancelled;
        this.item = item;
        this.hasItem = hasItem;
    }

    /** A context for one for-each item: its own outputs (so parallel items don't overwrite each other) on top of ours. */
    public RunContext forItem(Object value) {
        Map<String, Map<String, Object>> own = new ConcurrentHashMap<>(outputs);
        return new RunContext(variables, own, permissions, cancelled, value, true);
    }

    /** A context for another workflow run as a step: its own variables, outputs and permissions; our cancel flag. */
    public RunContext child(Map<String, String> childVariables, Permissions childPermissions) {
        return new RunContext(Map.copyOf(childVariables), new ConcurrentHashMap<>(), childPermissions, cancelled, null,
                false);
    }

    public Map<String, Object> scope() {
        Map<String, Object> scope = new HashMap<>();
        scope.put("vars", variables);
        scope.put("steps", Map.copyOf(outputs));
        if (hasItem) {
            scope.put("item", item == null ? "" : item);
        }
        return scope;
    }

    public void record(String stepId, Map<String, Object> output) {
        outputs.put(stepId, output);
    }

    public Map<String, Object> output(String stepId) {
        return outputs.get(stepId);
    }

    public Map<String, String> variables() {
        return variables;
    }

    public Permissions permissions() {
        return permissions;
    }

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }
}
