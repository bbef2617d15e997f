package dev.aura.plugins.automation.yaml;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.aura.plugins.automation.model.Permissions;
import dev.aura.plugins.automation.model.RetryPolicy;
import dev.aura.plugins.automation.model.Step;
import dev.aura.plugins.automation.model.StepType;
import dev.aura.plugins.automation.model.Trigger;
import dev.aura.plugins.automation.model.Workflow;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes a workflow as YAML in the shape {@link WorkflowYamlReader} reads; empty fields are left out. */
public final class WorkflowYamlWriter {
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build());

    public String write(Workflow workflow) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", workflow.name());
        put(root, "description", workflow.description().isEmpty() ? null : workflow.description());
        put(root, "variables", workflow.variables().isEmpty() ? null : workflow.variables());
        put(root, "permissions", permissions(workflow.permissions()));
        put(root, "triggers", workflow.triggers().isEmpty() ? null : workflow.triggers().stream().map(this::trigger).toList());
        put(root, "policy", PolicyYaml.write(workflow.policy()));
        root.put("steps", steps(workflow.steps()));
        try {
            return YAML.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Workflow " + workflow.name() + " could not be written as YAML", e);
        }
    }

    private static Map<String, Object> permissions(Permissions p) {
        if (p.equals(Permissions.NONE)) {
            return null;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "folders", p.folders().isEmpty() ? null : p.folders().stream().map(Path::toString).toList());
        put(map, "hosts", p.hosts().isEmpty() ? null : p.hosts());
        put(map, "executables", p.executables().isEmpty() ? null : p.executables());
        put(map, "shell", p.shellEnabled() ? true : null);
        return map;
    }

    private Object trigger(Trigger trigger) {
        return switch (trigger) {
            case Trigger.Manual m -> "manual";
            case Trigger.AppStart a -> "appStart";
            case Trigger.Cron c -> Map.of("cron", c.expression());
            case Trigger.Interval i -> Map.of("interval", Durations.format(i.every()));
            case Trigger.FolderWatch w -> {
                Map<String, Object> map = new LinkedHashMap<>();
                map.put("watch", w.folder().toString());
                put(map, "debounce", w.debounce() == null ? null : Durations.format(w.debounce()));
                yield map;
            }
        };
    }

    private List<Map<String, Object>> steps(List<Step> steps) {
        return steps.stream().map(this::step).toList();
    }

    private Map<String, Object> step(Step step) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", step.id());
        StepYamlFields.write(step.type(), map, this::steps);
        put(map, "timeout", step.timeout() == null ? null : Durations.format(step.timeout()));
        if (!step.retry().equals(RetryPolicy.ONCE)) {
            Map<String, Object> retry = new LinkedHashMap<>();
            retry.put("attempts", step.retry().attempts());
            retry.put("backoff", Durations.format(step.retry().backoff()));
            map.put("retry", retry);
        }
        switch (step.onError().action()) {
            case STOP -> { }
            case CONTINUE -> map.put("onError", "continue");
            case GOTO -> map.put("onError", Map.of("goto", step.onError().gotoStep()));
        }
        return map;
    }

    static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
