package dev.aura.plugins.automation.validation;

import dev.aura.plugins.automation.model.OnError;
import dev.aura.plugins.automation.model.Step;
import dev.aura.plugins.automation.model.StepType;
import dev.aura.plugins.automation.model.Trigger;
import dev.aura.plugins.automation.model.Workflow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a workflow before it is saved or run: missing fields, duplicate step ids, on-error jumps to steps that are
 * not in the same list, references to steps that do not run earlier, undeclared variables, and shell steps without
 * the shell permission; and each trigger (see {@link TriggerValidator}). A workflow with a folder watch may use the
 * variables the watch sets ({@code vars.file}, {@code vars.fileName}, {@code vars.event}) without declaring them.
 */
public final class WorkflowValidator {
    private static final Pattern STEP_REF = Pattern.compile("\\bsteps\\.([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern VAR_REF = Pattern.compile("\\bvars\\.([A-Za-z_][A-Za-z0-9_]*)");

    private static final Set<String> FOLDER_WATCH_VARIABLES = Set.of("file", "fileName", "event");

    private final TriggerValidator triggers = new TriggerValidator();

    public List<Problem> validate(Workflow workflow) {
        List<Problem> problems = new ArrayList<>();
        if (workflow.name().isBlank()) {
            problems.add(new Problem(null, "The workflow needs a name."));
        }
        if (workflow.steps().isEmpty()) {
            problems.add(new Problem(null, "The workflow has no steps. Add at least one step."));
        }
        checkList(workflow, workflow.steps(), new LinkedHashSet<>(), new HashSet<>(), problems);
        for (Trigger trigger : workflow.triggers()) {
            problems.addAll(triggers.validate(trigger, workflow.permissions()));
        }
        problems.addAll(UnreachableSteps.find(workflow.steps()));
        return List.copyOf(problems);
    }

    private void checkList(Workflow workflow, List<Step> steps, Set<String> earlier, Set<String> allIds,
                           List<Problem> problems) {
        Set<String> sameList = new HashSet<>();
        steps.forEach(step -> sameList.add(step.id()));
        Set<String> seen = new LinkedHashSet<>(earlier);
        for (Step step : steps) {
            if (step.id().isBlank()) {
                problems.add(new Problem(null, "A step has no id. Give every step a short unique id."));
            } else if (!allIds.add(step.id())) {
                problems.add(new Problem(step.id(), "the id is used by another step. Give each step its own id."));
            }
            RequiredFields.missing(step.type()).forEach(m -> problems.add(new Problem(step.id(), m)));
            if (step.onError().action() == OnError.Action.GOTO && !sameList.contains(step.onError().gotoStep())) {
                problems.add(new Problem(step.id(), "on error it goes to '" + step.onError().gotoStep()
                        + "', but no step with that id is in the same list. Use the id of a step next to it."));
            }
            for (String text : texts(step.type())) {
                checkReferences(workflow, step, text, seen, problems);
            }
            if (step.type() instanceof StepType.Shell && !workflow.permissions().shellEnabled()) {
                problems.add(new Problem(step.id(), "shell steps are off for this workflow. Turn on the shell"
                        + " permission and list the executables it may start."));
            }
            switch (step.type()) {
                case StepType.Condition c -> {
                    checkList(workflow, c.then(), seen, allIds, problems);
                    checkList(workflow, c.otherwise(), seen, allIds, problems);
                }
                case StepType.ForEach f -> checkList(workflow, f.body(), seen, allIds, problems);
                default -> { }
            }
            seen.add(step.id());
        }
    }

    private static void checkReferences(Workflow workflow, Step step, String text, Set<String> earlier,
                                        List<Problem> problems) {
        Matcher steps = STEP_REF.matcher(text);
        while (steps.find()) {
            String ref = steps.group(1);
            if (!earlier.contains(ref)) {
                problems.add(new Problem(step.id(), "it uses steps." + ref + ", but no step '" + ref
                        + "' runs before it. Refer only to steps that come earlier."));
            }
        }
        Matcher vars = VAR_REF.matcher(text);
        while (vars.find()) {
            if (!workflow.variables().containsKey(vars.group(1)) && !triggerVariable(workflow, vars.group(1))) {
                problems.add(new Problem(step.id(), "it uses vars." + vars.group(1)
                        + ", which the workflow does not declare. Add it to the workflow's variables."));
            }
        }
    }

    /** Folder watches start runs with the changed file in {@code file}, {@code fileName} and {@code event}. */
    private static boolean triggerVariable(Workflow workflow, String name) {
        return FOLDER_WATCH_VARIABLES.contains(name)
                && workflow.triggers().stream().anyMatch(Trigger.FolderWatch.class::isInstance);
    }

    /** The text fields of a step that may hold templates or expressions. */
    private static List<String> texts(StepType type) {
        List<String> texts = new ArrayList<>();
        switch (type) {
            case StepType.Prompt p -> {
                add(texts, p.template());
                add(texts, p.model());
            }
            case StepType.Http h -> {
                add(texts, h.url());
                add(texts, h.body());
                h.headers().values().forEach(v -> add(texts, v));
            }
            case StepType.Files f -> {
                add(texts, f.path());
                add(texts, f.target());
                add(texts, f.content());
            }
            case StepType.Transform t -> {
                add(texts, t.template());
                if (t.source() != null) {
                    texts.add("steps." + t.source());
                }
            }
            case StepType.Condition c -> add(texts, c.expression());
            case StepType.ForEach f -> add(texts, f.items());
            case StepType.RunWorkflow r -> r.variables().values().forEach(v -> add(texts, v));
            case StepType.Notify n -> {
                add(texts, n.title());
                add(texts, n.message());
            }
            case StepType.Approval a -> add(texts, a.message());
            case StepType.Shell s -> s.args().forEach(a -> add(texts, a));
            case StepType.Delay d -> { }
        }
        return texts;
    }

    private static void add(List<String> texts, String text) {
        if (text != null) {
            texts.add(text);
        }
    }
}
