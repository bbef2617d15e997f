package dev.aura.plugins.automation.engine;

import dev.aura.plugins.automation.model.Step;
import dev.aura.plugins.automation.model.Workflow;
import dev.aura.plugins.automation.steps.RunContext;
import dev.aura.plugins.automation.steps.StepExecutors;
import dev.aura.plugins.automation.steps.StepTemplates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs workflows: steps in order with retries, timeouts and on-error policies, reporting to a listener. */
public final class WorkflowRunner {
    private static final Logger LOG = LoggerFactory.getLogger(WorkflowRunner.class);

    private final StepExecutors executors;
    private final StepTemplates templates;
    private final Scheduler scheduler;
    private final WorkflowLookup workflows;

    /** A runner where run-workflow steps find no other workflow. */
    public WorkflowRunner(StepExecutors executors, StepTemplates templates, Scheduler scheduler) {
        this(executors, templates, scheduler, name -> java.util.Optional.empty());
    }

    /** @param workflows finds the workflows that run-workflow steps call, by name */
    public WorkflowRunner(StepExecutors executors, StepTemplates templates, Scheduler scheduler,
                          WorkflowLookup workflows) {
        this.workflows = Objects.requireNonNull(workflows, "workflows");
        this.executors = Objects.requireNonNull(executors, "executors");
        this.templates = Objects.requireNonNull(templates, "templates");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    }

    /** Starts a run on a virtual thread; {@code variables} override the workflow's defaults. */
    public RunHandle start(Workflow workflow, Map<String, String> variables, RunListener listener) {
        RunContext context = new RunContext(merged(workflow, variables), workflow.permissions());
        return launch(workflow, context, listener, 0);
    }

    /**
     * Starts a run at the top-level step {@code fromStepId} (a retry from a failed step): the steps before it are not
     * run again, their outputs from the earlier run are seeded from {@code earlierOutputs} (step id to output).
     */
    public RunHandle resume(Workflow workflow, Map<String, String> variables,
                            Map<String, Map<String, Object>> earlierOutputs, String fromStepId, RunListener listener) {
        int first = StepSequence.indexOf(workflow.steps(), fromStepId);
        if (first < 0) {
            throw new IllegalArgumentException("The workflow '" + workflow.name() + "' has no step '" + fromStepId
                    + "' to retry from. It may have changed since that run; start a new run instead.");
        }
        RunContext context = new RunContext(merged(workflow, variables), workflow.permissions());
        for (Step step : workflow.steps().subList(0, first)) {
            Map<String, Object> output = earlierOutputs.get(step.id());
            if (output != null) {
                context.record(step.id(), output);
            }
        }
        return launch(workflow, context, listener, first);
    }

    private RunHandle launch(Workflow workflow, RunContext context, RunListener listener, int firstIndex) {
        CompletableFuture<RunRecord> result = new CompletableFuture<>();
        RunHandle handle = new RunHandle(context, result);
        Thread thread = Thread.ofVirtual().name("aura-flow-" + workflow.name()).unstarted(() -> {
            try {
                result.complete(execute(workflow, context, listener, firstIndex));
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        handle.runningOn(thread);
        thread.start();
        return handle;
    }

    /** Runs to the end on the calling thread. */
    public RunRecord run(Workflow workflow, Map<String, String> variables, RunListener listener) {
        return execute(workflow, new RunContext(merged(workflow, variables), workflow.permissions()), listener, 0);
    }

    private RunRecord execute(Workflow workflow, RunContext context, RunListener listener, int firstIndex) {
        Instant started = scheduler.now();
        List<StepRecord> records = Collections.synchronizedList(new ArrayList<>());
        StepSequence sequence = new StepSequence(executors, templates, scheduler, listener, records, workflows, 0);
        RunStatus status;
        try {
            String error = sequence.run(workflow.steps(), context, "", firstIndex);
            status = error == null ? RunStatus.SUCCEEDED : RunStatus.FAILED;
            if (error != null) {
                LOG.info("Workflow {} failed: {}", workflow.name(), error);
            }
        } catch (RunCancelled e) {
            status = RunStatus.CANCELLED;
        }
        List<StepRecord> finished;
        synchronized (records) {
            finished = List.copyOf(records);
        }
        RunRecord record = new RunRecord(workflow.name(), context.variables(), status, started, scheduler.now(), finished);
        listener.runFinished(record);
        return record;
    }

    private static Map<String, String> merged(Workflow workflow, Map<String, String> overrides) {
        Map<String, String> vars = new LinkedHashMap<>(workflow.variables());
        if (overrides != null) {
            vars.putAll(overrides);
        }
        return vars;
    }
}
