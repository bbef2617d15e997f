package dev.aura.plugins.automation.yaml;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import dev.aura.plugins.automation.model.Permissions;
import dev.aura.plugins.automation.model.Step;
import dev.aura.plugins.automation.model.Trigger;
import dev.aura.plugins.automation.model.Workflow;
import dev.aura.plugins.automation.validation.Problem;
import dev.aura.plugins.automation.validation.TriggerValidator;
import dev.aura.plugins.automation.validation.WorkflowValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a workflow from YAML and validates it; every error names the file, line and column. */
public final class WorkflowYamlReader {
    private static final Set<String> TOP = Set.of("name", "description", "variables", "permissions", "triggers", "policy",
            "steps");

    private final WorkflowValidator validator = new WorkflowValidator();
    private final TriggerValidator triggerValidator = new TriggerValidator();

    public Workflow read(Path file) throws IOException {
        return read(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /** @throws WorkflowFileException when the YAML is malformed or the workflow is not valid */
    public Workflow read(String fileName, String text) {
        YamlNode root;
        try {
            root = YamlTrees.parse(text);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            throw new WorkflowFileException(fileName, at == null ? 1 : at.getLineNr(), at == null ? 1 : at.getColumnNr(),
                    "This is not valid YAML: " + e.getOriginalMessage() + ". Check the indentation and quoting there.");
        } catch (IOException e) {
            throw new WorkflowFileException(fileName, 1, 1, "The file could not be read: " + e.getMessage());
        }
        if (root.value() == null) {
            throw new WorkflowFileException(fileName, 1, 1, "The file is empty. A workflow needs a name and steps.");
        }
        Fields top = new Fields(fileName, root, "the workflow");
        top.allowOnly(TOP);
        StepYamlReader steps = new StepYamlReader(fileName);
        if (top.get("steps") == null) {
            throw top.error(root, "The workflow has no 'steps'. Add a list of steps.");
        }
        String name = top.required("name");
        String description = top.string("description");
        Map<String, String> variables = top.stringMap("variables");
        List<Step> stepList = steps.steps(top.list("steps"));
        List<Trigger> triggers = triggers(fileName, top);
        Permissions permissions = permissions(fileName, top);
        Workflow workflow = new Workflow(name, description, variables, stepList, triggers, permissions,
                PolicyYaml.read(fileName, top));
        checkTriggers(top, triggers, permissions);
        List<Problem> problems = validator.validate(workflow);
        if (!problems.isEmpty()) {
            Problem first = problems.getFirst();
            YamlNode at = first.stepId() == null ? root : steps.positions().getOrDefault(first.stepId(), root);
            String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problem(s))" : "";
            throw new WorkflowFileException(fileName, at.line(), at.column(), first + more);
        }
        return workflow;
    }

    /** Trigger problems point at the trigger (the list of triggers and the list of nodes line up). */
    private void checkTriggers(Fields top, List<Trigger> triggers, Permissions permissions) {
        List<YamlNode> nodes = top.list("triggers");
        for (int i = 0; i < triggers.size(); i++) {
            List<Problem> problems = triggerValidator.validate(triggers.get(i), permissions);
            if (!problems.isEmpty()) {
                throw top.error(nodes.get(i), problems.getFirst().message());
            }
        }
    }

    private static Permissions permissions(String file, Fields top) {
        YamlNode node = top.get("permissions");
        if (node == null) {
            return Permissions.NONE;
        }
        Fields f = new Fields(file, node, "'permissions'");
        f.allowOnly(Set.of("folders", "hosts", "executables", "shell"));
        return new Permissions(f.strings("folders").stream().map(Path::of).toList(), f.strings("hosts"),
                f.strings("executables"), f.bool("shell"));
    }

    private static List<Trigger> triggers(String file, Fields top) {
        List<Trigger> triggers = new ArrayList<>();
        for (YamlNode node : top.list("triggers")) {
            if (node.scalar() != null) {
                triggers.add(switch (node.scalar()) {
                    case "manual" -> new Trigger.Manual();
                    case "appStart" -> new Trigger.AppStart();
                    default -> throw top.error(node, "Unknown trigger '" + node.scalar()
                            + "'. Use manual, appStart, {cron: ...}, {interval: ...} or {watch: ...}.");
                });
                continue;
            }
            Fields f = new Fields(file, node, "a trigger");
            f.allowOnly(Set.of("cron", "interval", "watch", "debounce"));
            Map<String, YamlNode> keys = node.map();
            if (keys.containsKey("cron")) {
                triggers.add(new Trigger.Cron(cron(f)));
            } else if (keys.containsKey("interval")) {
                triggers.add(new Trigger.Interval(f.duration("interval")));
            } else if (keys.containsKey("watch")) {
                triggers.add(new Trigger.FolderWatch(Path.of(f.required("watch")), f.duration("debounce")));
            } else {
                throw f.error(node, "A trigger needs 'cron', 'interval' or 'watch'.");
            }
        }
        return triggers;
    }

    private static String cron(Fields f) {
        String expression = f.required("cron");
        try {
            dev.aura.plugins.automation.cron.CronSchedule.parse(expression);
        } catch (IllegalArgumentException e) {
            throw f.error(f.get("cron"), e.getMessage());
        }
        return expression;
    }
}
