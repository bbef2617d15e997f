package dev.aura.plugins.automation.ui.editor;

import dev.aura.plugins.automation.model.Step;

/**
 * A row of the step list: a step at {@code path}, or (with {@code step} null) the heading of a branch
 * ({@code branch}: the then/else steps of a condition, the body of a for-each) under which its steps are indented.
 */
public record StepRow(StepPath path, Step step, StepPath.StepList branch) {
    static StepRow step(StepPath path, Step step) {
        return new StepRow(path, step, null);
    }

    static StepRow heading(StepPath.StepList branch) {
        return new StepRow(null, null, branch);
    }

    public boolean isHeading() {
        return step == null;
    }
}
