package dev.aura.plugins.automation.steps;

import dev.aura.plugins.automation.model.StepType;
import java.util.Map;

/** Pauses the run until the {@link Approver} answers; a rejection fails the step. Output: {@code approved}. */
public final class ApprovalExecutor {
    private final StepTemplates templates;
    private final Approver approver;

    public ApprovalExecutor(StepTemplates templates, Approver approver) {
        this.templates = templates;
        this.approver = approver;
    }

    public StepResult execute(String stepId, StepType.Approval step, RunContext context) throws InterruptedException {
        String message = templates.render(step.message() == null ? "" : step.message(), context.scope());
        if (!approver.approve(stepId, message)) {
            throw new StepFailure("The approval \"" + message + "\" was rejected, so the run stopped here."
                    + " Run it again to ask again.");
        }
        return new StepResult(Map.of("message", message), Map.of("approved", true));
    }
}
