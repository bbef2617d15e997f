package dev.aura.plugins.automation.steps;

import dev.aura.plugins.automation.engine.RunContext;
import dev.aura.plugins.automation.engine.StepResult;
import dev.aura.plugins.automation.model.StepType;

/** Runs one kind of step. Throws {@link dev.aura.plugins.automation.engine.StepFailure} when it cannot. */
public interface StepExecutor<T extends StepType> {
    StepResult execute(T step, RunContext context) throws InterruptedException;
}
