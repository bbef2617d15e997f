package dev.aura.plugins.automation;

import dev.aura.plugins.api.PluginContext;
import dev.aura.plugins.automation.engine.Scheduler;
import dev.aura.plugins.automation.engine.WorkflowRunner;
import dev.aura.plugins.automation.model.Workflow;
import dev.aura.plugins.automation.runs.ApprovalQueue;
import dev.aura.plugins.automation.runs.FlowRuns;
import dev.aura.plugins.automation.steps.Approver;
import dev.aura.plugins.automation.steps.StepExecutors;
import dev.aura.plugins.automation.steps.StepTemplates;
import dev.aura.plugins.automation.store.FlowStore;
import dev.aura.plugins.automation.store.FlowVersion;
import dev.aura.plugins.automation.store.JdbiFlowStore;
import dev.aura.plugins.automation.store.JdbiRunHistory;
import dev.aura.plugins.automation.store.RunHistory;
import dev.aura.plugins.automation.triggers.TriggerClock;
import dev.aura.plugins.automation.triggers.TriggerService;
import dev.aura.plugins.automation.validation.Problem;
import dev.aura.plugins.automation.validation.WorkflowValidator;
import dev.aura.plugins.automation.yaml.WorkflowYamlReader;
import dev.aura.plugins.automation.yaml.WorkflowYamlWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * What the window and the CLI share: the stores, the runs service, the triggers, YAML import and export. FX-free.
 * Jinjava and the triggers are built on first use, so other plugins' CLI commands never pay for them.
 */
public final class AutomationServices implements AutoCloseable {
    private final PluginContext context;
    private final FlowStore flows;
    private final RunHistory history;
    private final Clock clock;
    private final TriggerClock triggerClock;
    private final WorkflowValidator validator = new WorkflowValidator();
    private final ApprovalQueue approvals = new ApprovalQueue();
    private StepTemplates templates;
    private FlowRuns runs;
    private TriggerService triggers;
    private boolean closed;

    public AutomationServices(PluginContext context, FlowStore flows, RunHistory history, Clock clock,
                              TriggerClock triggerClock) {
        this.context = Objects.requireNonNull(context, "context");
        this.flows = Objects.requireNonNull(flows, "flows");
        this.history = Objects.requireNonNull(history, "history");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.triggerClock = Objects.requireNonNull(triggerClock, "triggerClock");
    }

    /** The real stores over the profile's database; long step outputs go to {@code <data>/automation/outputs}. */
    public static AutomationServices create(PluginContext context) {
        Clock clock = Clock.systemUTC();
        Path outputs = context.paths().dataDir().resolve("automation").resolve("outputs");
        return new AutomationServices(context, new JdbiFlowStore(context.store(), context.audit(), clock),
                new JdbiRunHistory(context.store(), outputs), clock, TriggerClock.system());
    }

    public PluginContext context() {
        return context;
    }

    public FlowStore flows() {
        return flows;
    }

    public RunHistory history() {
        return history;
    }

    public ApprovalQueue approvals() {
        return approvals;
    }

    public synchronized StepTemplates templates() {
        if (templates == null) {
            templates = new StepTemplates();
        }
        return templates;
    }

    public synchronized FlowRuns runs() {
        if (runs == null) {
            runs = new FlowRuns(flows, history, this::runner, approvals, context.audit(), context.notifier(), clock);
        }
        return runs;
    }

    /** The triggers of every saved workflow; created (not started) on first use. */
    public synchronized TriggerService triggers() {
        if (closed) {
            throw new IllegalStateException("the automation services are closed; triggers cannot start any more");
        }
        if (triggers == null) {
            triggers = new TriggerService(flows, history,
                    (flowId, trigger, variables) -> runs().startTriggered(flowId, trigger, variables), triggerClock);
        }
        return triggers;
    }

    /** The engine for one run, with that run's approver; notifications go to the desktop (or the log headless). */
    public WorkflowRunner runner(Approver approver) {
        StepTemplates stepTemplates = templates();
        StepExecutors executors = new StepExecutors(stepTemplates, context.llm(), context.prompts()::template,
                (title, message) -> context.notifier().info(title, message), approver);
        return new WorkflowRunner(executors, stepTemplates, Scheduler.SYSTEM,
                name -> flows.latestByName(name).map(FlowVersion::workflow));
    }

    public List<Problem> validate(Workflow workflow) {
        return validator.validate(workflow);
    }

    /**
     * Saves a workflow (a new version, or a new workflow when {@code flowId} is null) and refreshes the triggers when
     * they run. Validation is the caller's job: the editor shows problems before saving.
     */
    public FlowVersion save(String flowId, Workflow workflow, String note) {
        FlowVersion saved = flows.save(flowId, workflow, note);
        refreshTriggers();
        return saved;
    }

    public void delete(String flowId) {
        flows.delete(flowId);
        refreshTriggers();
    }

    /**
     * Reads, validates and saves a workflow file: a new workflow, or a new version of the one with the same name.
     *
     * @throws dev.aura.plugins.automation.yaml.WorkflowFileException with file, line and column when it is malformed
     * @throws InvalidWorkflowException listing the problems when it parses but is not valid; nothing is saved
     */
    public FlowVersion importFile(Path file) throws IOException {
        Workflow workflow = new WorkflowYamlReader().read(file);
        List<Problem> problems = validate(workflow);
        if (!problems.isEmpty()) {
            throw new InvalidWorkflowException(file.getFileName().toString(), problems);
        }
        String existing = flows.latestByName(workflow.name()).map(FlowVersion::flowId).orElse(null);
        return save(existing, workflow, "imported from " + file.getFileName());
    }

    public String toYaml(Workflow workflow) {
        return new WorkflowYamlWriter().write(workflow);
    }

    private synchronized void refreshTriggers() {
        if (triggers != null) {
            triggers.refresh();
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (triggers != null) {
            triggers.close();
        }
        if (runs != null) {
            runs.close();
        }
    }
}
