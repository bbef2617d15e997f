package dev.aura.plugins.automation.engine;

import dev.aura.core.llm.LlmGateway;
import dev.aura.plugins.automation.model.Permissions;
import dev.aura.plugins.automation.model.Step;
import dev.aura.plugins.automation.model.Workflow;
import dev.aura.plugins.automation.steps.StepExecutors;
import dev.aura.plugins.automation.steps.StepTemplates;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Builds runners and workflows for tests. */
public final class RunnerFixture {
    public static final Instant START = Instant.parse("2026-01-05T08:00:00Z");

    private RunnerFixture() {}

    public static WorkflowRunner runner(Scheduler scheduler) {
        return runner(scheduler, null);
    }

    public static WorkflowRunner runner(Scheduler scheduler, LlmGateway gateway) {
        StepTemplates templates = new StepTemplates();
        return new WorkflowRunner(new StepExecutors(templates, gateway), templates, scheduler);
    }

    public static Workflow workflow(Permissions permissions, Map<String, String> vars, Step... steps) {
        return new Workflow("test", "", vars, List.of(steps), List.of(), permissions);
    }

    public static Workflow workflow(Step... steps) {
        return workflow(Permissions.NONE, Map.of(), steps);
    }
}
