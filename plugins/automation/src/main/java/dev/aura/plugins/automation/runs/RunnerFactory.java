package dev.aura.plugins.automation.runs;

import dev.aura.plugins.automation.engine.WorkflowRunner;
import dev.aura.plugins.automation.steps.Approver;

/** Builds the engine for one run, with that run's approver (so an approval knows which run asks). */
@FunctionalInterface
public interface RunnerFactory {
    WorkflowRunner create(Approver approver);
}
