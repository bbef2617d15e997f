package dev.aura.plugins.automation.yaml;

import static dev.aura.plugins.automation.yaml.WorkflowYamlWriter.lower;
import static dev.aura.plugins.automation.yaml.WorkflowYamlWriter.put;

import dev.aura.plugins.automation.model.Step;
import dev.aura.plugins.automation.model.StepType;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The type-specific keys of a step as written to YAML (the inverse of {@link StepYamlReader}). */
final class StepYamlFields {
    private StepYamlFields() {}

    static void write(StepType type, Map<String, Object> map, Function<List<Step>, Object> steps) {
        switch (type) {
            case StepType.Prompt p -> {
                map.put("type", "prompt");
                put(map, "template", p.template());
                put(map, "card", p.cardLabel());
                put(map, "model", p.model());
                put(map, "parameters", p.parameters().isEmpty() ? null : p.parameters());
                put(map, "json", p.jsonOutput() ? true : null);
                put(map, "schema", p.jsonSchema());
            }
            case StepType.Http h -> {
                map.put("type", "http");
                map.put("method", h.method());
                put(map, "url", h.url());
                put(map, "headers", h.headers().isEmpty() ? null : h.headers());
                put(map, "body", h.body());
                put(map, "requestTimeout", h.timeout() == null ? null : Durations.format(h.timeout()));
            }
            case StepType.Files f -> {
                map.put("type", "files");
                put(map, "operation", lower(f.operation()));
                put(map, "path", f.path());
                put(map, "target", f.target());
                put(map, "content", f.content());
            }
            case StepType.Transform t -> {
                map.put("type", "transform");
                put(map, "template", t.template());
                put(map, "jsonPath", t.jsonPath());
                put(map, "source", t.source());
            }
            case StepType.Condition c -> {
                map.put("type", "condition");
                put(map, "if", c.expression());
                put(map, "then", c.then().isEmpty() ? null : steps.apply(c.then()));
                put(map, "else", c.otherwise().isEmpty() ? null : steps.apply(c.otherwise()));
            }
            case StepType.ForEach f -> {
                map.put("type", "foreach");
                put(map, "items", f.items());
                map.put("concurrency", f.concurrency());
                map.put("do", steps.apply(f.body()));
            }
            case StepType.Delay d -> {
                map.put("type", "delay");
                put(map, "duration", d.duration() == null ? null : Durations.format(d.duration()));
            }
            case StepType.RunWorkflow r -> {
                map.put("type", "run-workflow");
                put(map, "workflow", r.workflow());
                put(map, "variables", r.variables().isEmpty() ? null : r.variables());
            }
            case StepType.Notify n -> {
                map.put("type", "notify");
                put(map, "title", n.title());
                put(map, "message", n.message());
            }
            case StepType.Approval a -> {
                map.put("type", "approval");
                put(map, "message", a.message());
            }
            case StepType.Shell s -> {
                map.put("type", "shell");
                put(map, "executable", s.executable());
                put(map, "args", s.args().isEmpty() ? null : s.args());
            }
        }
    }
}
