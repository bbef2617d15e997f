package dev.aura.plugins.automation.steps;

import dev.aura.core.llm.LlmGateway;
import dev.aura.plugins.automation.model.StepType;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The executors of the steps that act on the outside world (everything but flow control, which the runner owns). */
public final class StepExecutors {
    private static final Logger LOG = LoggerFactory.getLogger(StepExecutors.class);

    private final TransformExecutor transform;
    private final FilesExecutor files;
    private final HttpExecutor http;
    private final PromptExecutor prompt;
    private final ShellExecutor shell;
    private final NotifyExecutor notify;
    private final ApprovalExecutor approval;

    /**
     * @param cardTemplates the template of the prompt card version with a label, where cards are available
     * @param notifier      shows Notify steps
     * @param approver      answers Approval steps
     */
    public StepExecutors(StepTemplates templates, LlmGateway gateway, Function<String, Optional<String>> cardTemplates,
                         Notifier notifier, Approver approver) {
        this.transform = new TransformExecutor(templates);
        this.files = new FilesExecutor(templates);
        this.http = new HttpExecutor(templates);
        this.prompt = new PromptExecutor(gateway, templates, cardTemplates);
        this.shell = new ShellExecutor(templates);
        this.notify = new NotifyExecutor(templates, notifier);
        this.approval = new ApprovalExecutor(templates, approver);
    }

    /** Executors where notifications are logged and approvals cannot be given (headless). */
    public StepExecutors(StepTemplates templates, LlmGateway gateway, Function<String, Optional<String>> cardTemplates) {
        this(templates, gateway, cardTemplates, (title, message) -> LOG.info("{}: {}", title, message), Approver.NOBODY);
    }

    /** Executors without prompt cards: a prompt step must then carry its template inline. */
    public StepExecutors(StepTemplates templates, LlmGateway gateway) {
        this(templates, gateway, label -> Optional.empty());
    }

    public StepResult execute(String stepId, StepType type, RunContext context) throws InterruptedException {
        return switch (type) {
            case StepType.Shell s -> shell.execute(s, context);
            case StepType.Notify n -> notify.execute(n, context);
            case StepType.Approval a -> approval.execute(stepId, a, context);
            case StepType.Transform t -> transform.execute(t, context);
            case StepType.Files f -> files.execute(f, context);
            case StepType.Http h -> http.execute(h, context);
            case StepType.Prompt p -> prompt.execute(p, context);
            default -> throw new IllegalArgumentException(type.getClass().getSimpleName()
                    + " steps control the flow of a run and are executed by WorkflowRunner, not by StepExecutors");
        };
    }
}
