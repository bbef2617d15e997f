package dev.aura.plugins.automation.runs;

import dev.aura.core.audit.AuditEntry;
import dev.aura.core.store.H2Store;
import dev.aura.core.testing.InMemoryAuditLog;
import dev.aura.plugins.automation.engine.RunRecord;
import dev.aura.plugins.automation.engine.WorkflowRunner;
import dev.aura.plugins.automation.model.Permissions;
import dev.aura.plugins.automation.model.RunPolicy;
import dev.aura.plugins.automation.model.Step;
import dev.aura.plugins.automation.model.StepType;
import dev.aura.plugins.automation.model.Workflow;
import dev.aura.plugins.automation.steps.StepExecutors;
import dev.aura.plugins.automation.steps.StepTemplates;
import dev.aura.plugins.automation.store.AutomationSchema;
import dev.aura.plugins.automation.store.FlowVersion;
import dev.aura.plugins.automation.store.JdbiFlowStore;
import dev.aura.plugins.automation.store.JdbiRunHistory;
import dev.aura.plugins.automation.store.StoredRun;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The real H2 stores in a folder, and {@link FlowRuns} over them with real step executors. Delay steps wait on
 * {@link #scheduler()} until the test releases them; the clock stands at 14:02 UTC.
 */
final class RunsFixture implements AutoCloseable {
    static final Instant NOW = Instant.parse("2026-01-05T14:02:00Z");
    private static final StepTemplates TEMPLATES = new StepTemplates();

    private final H2Store store;
    private final JdbiFlowStore flows;
    private final JdbiRunHistory history;
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final ApprovalQueue approvals;
    private final GatedScheduler scheduler = new GatedScheduler(NOW);
    private final FlowRuns runs;

    RunsFixture(Path dir) {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        store = H2Store.open(dir.resolve("aura"));
        store.migrate(AutomationSchema.MIGRATIONS);
        flows = new JdbiFlowStore(store, audit, clock);
        history = new JdbiRunHistory(store, dir.resolve("outputs"));
        approvals = new ApprovalQueue(clock);
        runs = new FlowRuns(flows, history, this::runner, approvals, audit, notifier, clock);
    }

    private WorkflowRunner runner(dev.aura.plugins.automation.steps.Approver approver) {
        StepExecutors executors = new StepExecutors(TEMPLATES, null, label -> Optional.empty(),
                (title, message) -> notifier.info(title, message), approver);
        return new WorkflowRunner(executors, TEMPLATES, scheduler,
                name -> flows.latestByName(name).map(FlowVersion::workflow));
    }

    static Workflow workflow(String name, Permissions permissions, RunPolicy policy, Step... steps) {
        return new Workflow(name, "", Map.of("who", "world"), List.of(steps), List.of(), permissions, policy);
    }

    static Workflow workflow(String name, Step... steps) {
        return workflow(name, Permissions.NONE, RunPolicy.DEFAULT, steps);
    }

    static Step transform(String id, String template) {
        return Step.of(id, new StepType.Transform(template, null, null));
    }

    /** Fails: reads a JSONPath that the output of {@code source} does not have. */
    static Step failing(String id, String source) {
        return Step.of(id, new StepType.Transform(null, "$.missing", source));
    }

    static Step delay(String id) {
        return Step.of(id, new StepType.Delay(Duration.ofMinutes(5)));
    }

    String save(Workflow workflow) {
        return flows.save(null, workflow, "").flowId();
    }

    RunRecord await(ActiveRun run) throws Exception {
        return run.result().get(10, TimeUnit.SECONDS);
    }

    StoredRun stored(String runId) {
        return history.load(runId).orElseThrow();
    }

    List<AuditEntry> audited(String action) {
        return audit.entries().stream().filter(e -> e.action().equals(action)).toList();
    }

    FlowRuns runs() {
        return runs;
    }

    JdbiFlowStore flows() {
        return flows;
    }

    JdbiRunHistory history() {
        return history;
    }

    ApprovalQueue approvals() {
        return approvals;
    }

    GatedScheduler scheduler() {
        return scheduler;
    }

    RecordingNotifier notifier() {
        return notifier;
    }

    @Override
    public void close() {
        runs.close();
        store.close();
    }
}
