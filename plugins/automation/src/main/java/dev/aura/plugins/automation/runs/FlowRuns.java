package dev.aura.plugins.automation.runs;

import dev.aura.core.audit.AuditLog;
import dev.aura.core.util.Subscription;
import dev.aura.plugins.api.Notifier;
import dev.aura.plugins.automation.engine.RunHandle;
import dev.aura.plugins.automation.engine.RunRecord;
import dev.aura.plugins.automation.engine.RunStatus;
import dev.aura.plugins.automation.engine.WorkflowRunner;
import dev.aura.plugins.automation.model.Permissions;
import dev.aura.plugins.automation.model.RunPolicy;
import dev.aura.plugins.automation.model.Workflow;
import dev.aura.plugins.automation.store.FlowStore;
import dev.aura.plugins.automation.store.FlowVersion;
import dev.aura.plugins.automation.store.RunHistory;
import dev.aura.plugins.automation.store.StoredRun;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts runs of stored workflows and records them in the history as they happen (every step as it finishes), keeps
 * the live list of active runs, applies the overlap policy to triggered runs and checks permissions before any run.
 * Thread-safe; never call on the FX thread (it reads and writes the database).
 */
public final class FlowRuns implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FlowRuns.class);
    private static final long CLOSE_WAIT_SECONDS = 5;

    private final FlowStore flows;
    private final RunHistory history;
    private final RunnerFactory runners;
    private final ApprovalQueue approvals;
    private final AuditLog audit;
    private final Notifier notifier;
    private final Clock clock;
    private final RunEventBus events = new RunEventBus();
    private final Subscription approvalChanges;
    private final Set<String> permissionNotices = ConcurrentHashMap.newKeySet();
    private final Object lock = new Object();
    private final Map<String, LiveRun> active = new LinkedHashMap<>();
    private final Map<String, Deque<LiveRun>> queues = new HashMap<>();
    private boolean closed;

    /**
     * @param audit    gets an entry per finished run ("automation.run": workflow, version, trigger, status) and per
     *                 permission confirmation ("automation.permissions")
     * @param notifier tells the user about triggered runs that failed or were skipped for unconfirmed permissions
     */
    public FlowRuns(FlowStore flows, RunHistory history, RunnerFactory runners, ApprovalQueue approvals,
                    AuditLog audit, Notifier notifier, Clock clock) {
        this.flows = Objects.requireNonNull(flows, "flows");
        this.history = Objects.requireNonNull(history, "history");
        this.runners = Objects.requireNonNull(runners, "runners");
        this.approvals = Objects.requireNonNull(approvals, "approvals");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.approvalChanges = approvals.subscribe(() -> events.fire(RunEvents::approvalsChanged));
    }

    /** What the user must confirm before this workflow's latest version runs; empty when nothing is new. */
    public Optional<PermissionChange> permissionsToConfirm(String flowId) {
        return review(latest(flowId));
    }

    /** Records that the user allowed the workflow's latest version's permissions (an audit entry too). */
    public void confirmPermissions(String flowId) {
        FlowVersion latest = latest(flowId);
        Permissions permissions = latest.workflow().permissions();
        flows.confirmPermissions(flowId, permissions);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("flowId", flowId);
        details.put("version", latest.version());
        details.put("folders", permissions.folders().stream().map(Path::toString).toList());
        details.put("hosts", permissions.hosts());
        details.put("executables", permissions.executables());
        details.put("shellEnabled", permissions.shellEnabled());
        audit.append("automation.permissions", latest.workflow().name(), details);
    }

    /**
     * Starts a run of the workflow's latest version now (manual runs ignore the overlap policy).
     * {@code variables} override the workflow's defaults.
     *
     * @throws PermissionsNotConfirmed when {@link #permissionsToConfirm} is not empty
     */
    public ActiveRun startManual(String flowId, Map<String, String> variables) {
        FlowVersion latest = latest(flowId);
        review(latest).ifPresent(change -> {
            throw new PermissionsNotConfirmed(change);
        });
        synchronized (lock) {
            requireOpen();
        }
        return launched(register(latest, "manual", variables, null, null, false, false));
    }

    /**
     * Starts a triggered run, applying the workflow's overlap policy: empty when it was skipped (an earlier run is
     * still going, or the permissions are not confirmed: both logged, the latter also notified once per version).
     * A queued run is returned at once with {@link ActiveRun#queued()} true; it starts when the earlier runs end.
     *
     * @param trigger what started it, as stored in {@link dev.aura.plugins.automation.store.RunSummary#trigger()}
     */
    public Optional<ActiveRun> startTriggered(String flowId, String trigger, Map<String, String> variables) {
        Optional<FlowVersion> found = flows.latest(flowId);
        if (found.isEmpty()) {
            LOG.warn("Trigger '{}' fired for workflow {}, which no longer exists; nothing ran", trigger, flowId);
            return Optional.empty();
        }
        FlowVersion latest = found.get();
        Optional<PermissionChange> change = review(latest);
        if (change.isPresent()) {
            skippedForPermissions(latest, trigger);
            return Optional.empty();
        }
        LiveRun run;
        synchronized (lock) {
            if (closed) {
                LOG.info("Trigger '{}' of '{}' fired while automation is closing; nothing ran", trigger,
                        latest.workflow().name());
                return Optional.empty();
            }
            boolean busy = active.values().stream().anyMatch(r -> r.flowId().equals(flowId));
            RunPolicy.Overlap overlap = latest.workflow().policy().overlap();
            if (busy && overlap == RunPolicy.Overlap.SKIP) {
                LOG.info("Trigger '{}' of '{}' skipped: an earlier run is still going (overlap policy: skip)",
                        trigger, latest.workflow().name());
                return Optional.empty();
            }
            boolean queue = busy && overlap == RunPolicy.Overlap.QUEUE;
            run = register(latest, trigger, variables, null, null, true, queue);
            if (queue) {
                queues.computeIfAbsent(flowId, id -> new ArrayDeque<>()).add(run);
                LOG.info("Trigger '{}' of '{}' queued behind the run still going", trigger, latest.workflow().name());
            }
        }
        return Optional.of(run.queued() ? announced(run) : launched(run));
    }

    /**
     * Retries a FAILED or CANCELLED run from its failed (or first unfinished) top-level step, with the same variables
     * and the earlier steps' stored outputs, on the same workflow version. The new run's trigger is "retry of ID".
     *
     * @throws IllegalArgumentException when there is no such run or its workflow version is gone
     * @throws IllegalStateException    when the run did not fail or was not cancelled
     * @throws PermissionsNotConfirmed  when that version needs permissions the user has not confirmed
     */
    public ActiveRun retry(String runId) {
        StoredRun stored = history.load(runId).orElseThrow(() -> new IllegalArgumentException("There is no run '"
                + runId + "' in the history. Pick a run from the history list and retry it from there."));
        RunStatus status = stored.summary().status();
        if (status != RunStatus.FAILED && status != RunStatus.CANCELLED) {
            throw new IllegalStateException("Run " + runId + " of '" + stored.summary().workflow() + "' "
                    + (status == RunStatus.RUNNING ? "is still running" : "succeeded")
                    + ", so there is nothing to retry. Only a failed or cancelled run can be retried; start a new"
                    + " run instead.");
        }
        String flowId = stored.summary().flowId();
        FlowVersion version = flows.version(flowId, stored.summary().version()).orElseThrow(() ->
                new IllegalArgumentException("Version " + stored.summary().version() + " of '"
                        + stored.summary().workflow() + "' is no longer stored, so run " + runId
                        + " cannot be retried. Start a new run instead."));
        review(version).ifPresent(change -> {
            throw new PermissionsNotConfirmed(change);
        });
        RetryPlan plan = RetryPlan.of(stored, version.workflow());
        synchronized (lock) {
            requireOpen();
        }
        return launched(register(version, "retry of " + runId, stored.variables(), runId, plan, false, false));
    }

    public List<ActiveRun> active() {
        synchronized (lock) {
            return List.copyOf(active.values());
        }
    }

    public Optional<ActiveRun> active(String runId) {
        synchronized (lock) {
            return Optional.ofNullable(active.get(runId));
        }
    }

    public ApprovalQueue approvals() {
        return approvals;
    }

    /** Live progress; {@link RunEvents#runStarted} comes when a run is queued and again when it actually starts. */
    public Subscription subscribe(RunEvents listener) {
        return events.subscribe(listener);
    }

    /** Cancels every active run (queued ones too) and waits briefly for them to be stored. */
    @Override
    public void close() {
        List<LiveRun> running;
        synchronized (lock) {
            closed = true;
            running = new ArrayList<>(active.values());
        }
        running.forEach(LiveRun::cancel);
        CompletableFuture<?>[] results = running.stream().map(LiveRun::result).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(results).get(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            LOG.warn("Some runs did not stop within {} s; they are marked as interrupted at the next start",
                    CLOSE_WAIT_SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.warn("A run failed while closing", e);
        } finally {
            approvalChanges.close();
        }
    }

    private LiveRun register(FlowVersion version, String trigger, Map<String, String> overrides, String retryOf,
                             RetryPlan plan, boolean triggered, boolean queued) {
        Workflow workflow = version.workflow();
        Map<String, String> variables = new LinkedHashMap<>(workflow.variables());
        if (overrides != null) {
            variables.putAll(overrides);
        }
        Instant started = clock.instant();
        String runId = history.begin(version.flowId(), version.version(), workflow.name(), trigger, variables,
                started, retryOf);
        LiveRun run = new LiveRun(runId, version, trigger, variables, started, triggered, queued, history, events,
                clock, live -> start(live, workflow, plan), this::ended);
        synchronized (lock) {
            active.put(runId, run);
        }
        return run;
    }

    private RunHandle start(LiveRun run, Workflow workflow, RetryPlan plan) {
        WorkflowRunner runner = runners.create(approvals.approverFor(run.runId(), workflow.name()));
        return plan == null
                ? runner.start(workflow, run.variables(), run)
                : runner.resume(workflow, run.variables(), plan.earlierOutputs(), plan.fromStep(), run);
    }

    private LiveRun launched(LiveRun run) {
        announced(run);
        run.launch();
        return run;
    }

    private LiveRun announced(LiveRun run) {
        events.fire(e -> e.runStarted(run));
        return run;
    }

    private void ended(LiveRun run, RunRecord record, String error) {
        List<LiveRun> next = new ArrayList<>();
        synchronized (lock) {
            active.remove(run.runId());
            Deque<LiveRun> queue = queues.get(run.flowId());
            if (queue != null) {
                queue.remove(run);
                boolean stillRunning = active.values().stream()
                        .anyMatch(r -> r.flowId().equals(run.flowId()) && !r.queued());
                if (!stillRunning && !queue.isEmpty()) {
                    LiveRun head = queue.poll();
                    head.dequeue();
                    next.add(head);
                }
                if (queue.isEmpty()) {
                    queues.remove(run.flowId());
                }
            }
        }
        auditRun(run, record);
        if (run.triggered() && record.status() == RunStatus.FAILED) {
            notifier.error("'" + run.workflow() + "' failed", error + " Open the run in Automation to see the details"
                    + " and retry it from that step.");
        }
        events.fire(e -> e.runFinished(run, record));
        next.forEach(this::launched);
    }

    private void auditRun(LiveRun run, RunRecord record) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("runId", run.runId());
        details.put("flowId", run.flowId());
        details.put("workflow", run.workflow());
        details.put("version", run.version());
        details.put("trigger", run.trigger());
        details.put("status", record.status().name());
        try {
            audit.append("automation.run", run.workflow(), details);
        } catch (RuntimeException e) {
            LOG.error("The audit entry for run {} could not be written", run.runId(), e);
        }
    }

    private void skippedForPermissions(FlowVersion version, String trigger) {
        String name = version.workflow().name();
        LOG.info("Trigger '{}' of '{}' skipped: its permissions are not confirmed", trigger, name);
        if (permissionNotices.add(version.flowId() + "@" + version.version())) {
            notifier.notify(Notifier.Level.WARNING, "'" + name + "' did not run",
                    "Its trigger fired, but the workflow may use folders, hosts or programs you have not confirmed."
                            + " Open it in Automation and confirm its permissions, then it runs on its triggers.");
        }
    }

    private Optional<PermissionChange> review(FlowVersion version) {
        return PermissionReview.review(version.flowId(), version.workflow().name(), version.workflow().permissions(),
                flows.confirmedPermissions(version.flowId()));
    }

    private FlowVersion latest(String flowId) {
        return flows.latest(flowId).orElseThrow(() -> new IllegalArgumentException("There is no workflow with id '"
                + flowId + "'. It may have been deleted; refresh the list and pick it again."));
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("Automation is closing, so no new run can start. Start it again after"
                    + " the app has restarted.");
        }
    }
}
