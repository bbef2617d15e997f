package dev.aura.plugins.automation.yaml;

import dev.aura.plugins.automation.model.FileOperation;
import dev.aura.plugins.automation.model.OnError;
import dev.aura.plugins.automation.model.RetryPolicy;
import dev.aura.plugins.automation.model.Step;
import dev.aura.plugins.automation.model.StepType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads the {@code steps:} list of a workflow file, remembering where each step starts. */
final class StepYamlReader {
    private static final Set<String> COMMON = Set.of("id", "type", "timeout", "retry", "onError");
    private static final Map<String, Set<String>> KEYS = Map.ofEntries(
            Map.entry("prompt", Set.of("template", "card", "model", "parameters", "json", "schema")),
            Map.entry("http", Set.of("method", "url", "headers", "body", "requestTimeout")),
            Map.entry("files", Set.of("operation", "path", "target", "content")),
            Map.entry("transform", Set.of("template", "jsonPath", "source")),
            Map.entry("condition", Set.of("if", "then", "else")),
            Map.entry("foreach", Set.of("items", "do", "concurrency")),
            Map.entry("delay", Set.of("duration")),
            Map.entry("run-workflow", Set.of("workflow", "variables")),
            Map.entry("notify", Set.of("title", "message")),
            Map.entry("approval", Set.of("message")),
            Map.entry("shell", Set.of("executable", "args")));

    private final String file;
    private final Map<String, YamlNode> positions = new HashMap<>();

    StepYamlReader(String file) {
        this.file = file;
    }

    Map<String, YamlNode> positions() {
        return positions;
    }

    List<Step> steps(List<YamlNode> nodes) {
        List<Step> steps = new ArrayList<>();
        for (YamlNode node : nodes) {
            steps.add(step(node));
        }
        return steps;
    }

    private Step step(YamlNode node) {
        Fields f = new Fields(file, node, "a step");
        String id = f.required("id");
        positions.putIfAbsent(id, node);
        Fields step = new Fields(file, node, "step '" + id + "'");
        String type = step.required("type").toLowerCase(Locale.ROOT);
        Set<String> keys = KEYS.get(type);
        if (keys == null) {
            throw step.error(step.get("type"), "Unknown step type '" + type + "'. Use one of "
                    + KEYS.keySet().stream().sorted().toList() + ".");
        }
        Set<String> allowed = new HashSet<>(COMMON);
        allowed.addAll(keys);
        step.allowOnly(allowed);
        return new Step(id, type(type, step), retry(step), step.duration("timeout"), onError(step));
    }

    private StepType type(String type, Fields f) {
        return switch (type) {
            case "prompt" -> new StepType.Prompt(f.string("template"), f.string("card"), f.string("model"),
                    parameters(f), f.bool("json"), f.string("schema"));
            case "http" -> new StepType.Http(f.string("method"), f.string("url"), f.stringMap("headers"),
                    f.string("body"), f.duration("requestTimeout"));
            case "files" -> new StepType.Files(operation(f), f.string("path"), f.string("target"), f.string("content"));
            case "transform" -> new StepType.Transform(f.string("template"), f.string("jsonPath"), f.string("source"));
            case "condition" -> new StepType.Condition(f.string("if"), steps(f.list("then")), steps(f.list("else")));
            case "foreach" -> new StepType.ForEach(f.string("items"), steps(f.list("do")), f.integer("concurrency", 1));
            case "delay" -> new StepType.Delay(f.duration("duration"));
            case "run-workflow" -> new StepType.RunWorkflow(f.string("workflow"), f.stringMap("variables"));
            case "notify" -> new StepType.Notify(f.string("title"), f.string("message"));
            case "approval" -> new StepType.Approval(f.string("message"));
            default -> new StepType.Shell(f.string("executable"), f.strings("args"));
        };
    }

    private static Map<String, Object> parameters(Fields f) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        f.stringMap("parameters").forEach((name, value) -> parameters.put(name, number(value)));
        return parameters;
    }

    private static Object number(String value) {
        try {
            if (value.contains(".")) {
                return Double.parseDouble(value);
            }
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return value;
        }
    }

    private static FileOperation operation(Fields f) {
        String op = f.string("operation");
        if (op == null) {
            return null;
        }
        try {
            return FileOperation.valueOf(op.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw f.error(f.get("operation"), "Unknown file operation '" + op
                    + "'. Use read, write, append, list or move.");
        }
    }

    private RetryPolicy retry(Fields step) {
        YamlNode node = step.get("retry");
        if (node == null) {
            return RetryPolicy.ONCE;
        }
        Fields f = new Fields(file, node, "'retry'");
        f.allowOnly(Set.of("attempts", "backoff"));
        int attempts = f.integer("attempts", 1);
        if (attempts < 1) {
            throw f.error(node, "'attempts' must be at least 1.");
        }
        return new RetryPolicy(attempts, f.duration("backoff"));
    }

    private OnError onError(Fields step) {
        YamlNode node = step.get("onError");
        if (node == null) {
            return OnError.STOP;
        }
        if (node.isMap()) {
            Fields f = new Fields(file, node, "'onError'");
            f.allowOnly(Set.of("goto"));
            return OnError.goTo(f.required("goto"));
        }
        return switch (String.valueOf(node.scalar()).strip().toLowerCase(Locale.ROOT)) {
            case "stop" -> OnError.STOP;
            case "continue" -> OnError.CONTINUE;
            default -> throw step.error(node, "'onError' must be stop, continue, or {goto: <step id>}, not '"
                    + node.scalar() + "'.");
        };
    }
}
