package dev.aura.plugins.automation.engine;

import dev.aura.plugins.automation.model.OnError;
import dev.aura.plugins.automation.model.Step;
import dev.aura.plugins.automation.model.StepType;
import dev.aura.plugins.automation.model.Workflow;
import dev.aura.plugins.automation.steps.RunContext;
import dev.aura.plugins.automation.steps.StepExecutors;
import dev.aura.plugins.automation.steps.StepFailure;
import dev.aura.plugins.automation.steps.StepResult;
import dev.aura.plugins.automation.steps.StepTemplates;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a list of steps in order, applying each step's on-error policy. A goto jumps within the same list; jumps are
 * bounded so a step that fails and jumps to itself ends the run instead of spinning.
 */
final class StepSequence {
    private static final int MAX_JUMPS = 1_000;
    private static final int MAX_NESTED_WORKFLOWS = 8;

    private final StepExecutors executors;
    private final StepTemplates templates;
    private final Scheduler scheduler;
    private final StepAttempts attempts;
    private final RunListener listener;
    private final List<StepRecord> records;
    private final WorkflowLookup workflows;
    private final int depth;

    StepSequence(StepExecutors executors, StepTemplates templates, Scheduler scheduler, RunListener listener,
                 List<StepRecord> records, WorkflowLookup workflows, int depth) {
        this.workflows = workflows;
        this.depth = depth;
        this.executors = executors;
        this.templates = templates;
        this.scheduler = scheduler;
        this.attempts = new StepAttempts(scheduler, listener);
        this.listener = listener;
        this.records = records;
    }

    /** @return the error that stopped the list, or null when it ran to the end */
    String run(List<Step> steps, RunContext context, String prefix) {
        return run(steps, context, prefix, 0);
    }

    /** Runs from {@code firstIndex} on (a retry from a failed step). */
    String run(List<Step> steps, RunContext context, String prefix, int firstIndex) {
        int index = firstIndex;
        int jumps = 0;
        while (index < steps.size()) {
            StepAttempts.checkCancelled(context);
            Step step = steps.get(index);
            String recordId = prefix + step.id();
            StepRecord record = attempts.run(recordId, step, context, () -> execute(step, context, recordId + "."));
            records.add(record);
            listener.stepFinished(record);
            if (record.succeeded()) {
                context.record(step.id(), record.output());
                index++;
                continue;
            }
            OnError onError = step.onError();
            switch (onError.action()) {
                case STOP -> {
                    return "Step '" + recordId + "' failed: " + record.error();
                }
                case CONTINUE -> {
                    context.record(step.id(), Map.of("error", record.error()));
                    index++;
                }
                case GOTO -> {
                    context.record(step.id(), Map.of("error", record.error()));
                    index = indexOf(steps, onError.gotoStep());
                    if (index < 0 || ++jumps > MAX_JUMPS) {
                        return "Step '" + recordId + "' failed and its error branch '" + onError.gotoStep()
                                + "' cannot be reached from it. Point on-error to a step in the same list.";
                    }
                }
            }
        }
        return null;
    }

    private StepResult execute(Step step, RunContext context, String childPrefix) throws InterruptedException {
        return switch (step.type()) {
            case StepType.Delay delay -> {
                scheduler.sleep(delay.duration());
                yield new StepResult(Map.of("duration", delay.duration().toString()), Map.of());
            }
            case StepType.Condition condition -> new ConditionStep(templates, this).run(condition, context, childPrefix);
            case StepType.ForEach forEach -> new ForEachStep(templates, this).run(forEach, context, childPrefix);
            case StepType.RunWorkflow call -> runWorkflow(call, context, childPrefix);
            default -> executors.execute(childPrefix.substring(0, childPrefix.length() - 1), step.type(), context);
        };
    }

    private StepResult runWorkflow(StepType.RunWorkflow call, RunContext context, String prefix) {
        Workflow child = workflows.find(call.workflow()).orElseThrow(() -> new StepFailure("There is no workflow named '"
                + call.workflow() + "'. Import it or fix the name in the step."));
        if (depth >= MAX_NESTED_WORKFLOWS) {
            throw new StepFailure("Workflows call each other more than " + MAX_NESTED_WORKFLOWS + " levels deep (at '"
                    + child.name() + "'). Remove the loop of run-workflow steps.");
        }
        Map<String, String> vars = new LinkedHashMap<>(child.variables());
        Map<String, Object> scope = context.scope();
        call.variables().forEach((name, value) -> vars.put(name, templates.render(value, scope)));
        RunContext childContext = context.child(vars, child.permissions());
        StepSequence nested = new StepSequence(executors, templates, scheduler, listener, records, workflows, depth + 1);
        String error = nested.run(child.steps(), childContext, prefix);
        if (error != null) {
            throw new StepFailure("The workflow '" + child.name() + "' failed: " + error);
        }
        Map<String, Object> output = new LinkedHashMap<>();
        if (!child.steps().isEmpty()) {
            Map<String, Object> last = childContext.output(child.steps().getLast().id());
            if (last != null) {
                output.putAll(last);
            }
        }
        return new StepResult(Map.of("workflow", child.name(), "variables", Map.copyOf(vars)), output);
    }

    static int indexOf(List<Step> steps, String id) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
