package dev.aura.plugins.automation.steps;

import dev.aura.plugins.automation.model.StepType;
import java.util.Map;

/** Renders a Notify step's title and message and hands them to the {@link Notifier}. */
public final class NotifyExecutor implements StepExecutor<StepType.Notify> {
    private final StepTemplates templates;
    private final Notifier notifier;

    public NotifyExecutor(StepTemplates templates, Notifier notifier) {
        this.templates = templates;
        this.notifier = notifier;
    }

    @Override
    public StepResult execute(StepType.Notify step, RunContext context) {
        Map<String, Object> scope = context.scope();
        String title = step.title() == null ? "Aura" : templates.render(step.title(), scope);
        String message = templates.render(step.message() == null ? "" : step.message(), scope);
        notifier.notify(title, message);
        return new StepResult(Map.of("title", title, "message", message), Map.of("text", message));
    }
}
