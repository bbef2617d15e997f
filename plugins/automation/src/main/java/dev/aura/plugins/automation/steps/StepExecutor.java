package dev.aura.plugins.automation.steps;

import dev.aura.plugins.automation.model.StepType;

/** Runs one kind of step. Throws {@link StepFailure} when it cannot. */
public interface StepExecutor<T extends StepType> {
    StepResult execute(T step, RunContext context) throws InterruptedException;
}
