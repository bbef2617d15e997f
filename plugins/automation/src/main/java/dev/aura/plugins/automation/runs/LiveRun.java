package dev.aura.plugins.automation.runs;

import dev.aura.plugins.automation.engine.RunHandle;
import dev.aura.plugins.automation.engine.RunListener;
import dev.aura.plugins.automation.engine.RunRecord;
import dev.aura.plugins.automation.engine.RunStatus;
import dev.aura.plugins.automation.engine.StepRecord;
import dev.aura.plugins.automation.store.FlowVersion;
import dev.aura.plugins.automation.store.RunHistory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run as {@link FlowRuns} tracks it: it listens to the engine, writes each finished step to the history as it
 * happens, and ends exactly once (stored, then reported to {@link Ended}, then {@link #result()} completes).
 * Nothing is called out while holding this object's lock, so cancelling never deadlocks with {@link FlowRuns}.
 */
final class LiveRun implements ActiveRun, RunListener {
    private static final Logger LOG = LoggerFactory.getLogger(LiveRun.class);

    /** Starts the engine for this run, with this run as its listener. */
    interface Starter {
        RunHandle start(LiveRun run);
    }

    /** Called once, after the run is stored and before {@link #result()} completes. */
    interface Ended {
        void ended(LiveRun run, RunRecord record, String error);
    }

    private final String runId;
    private final FlowVersion version;
    private final String trigger;
    private final Map<String, String> variables;
    private final Instant started;
    private final boolean triggered;
    private final RunHistory history;
    private final RunEventBus events;
    private final Clock clock;
    private final Starter starter;
    private final Ended ended;
    private final List<StepRecord> steps = new ArrayList<>();
    private final CompletableFuture<RunRecord> result = new CompletableFuture<>();
    private final AtomicBoolean finished = new AtomicBoolean();
    private volatile boolean queued;
    private volatile String currentStep;
    private volatile int currentAttempt;
    private boolean launching;
    private boolean cancelRequested;
    private RunHandle handle;

    LiveRun(String runId, FlowVersion version, String trigger, Map<String, String> variables, Instant started,
            boolean triggered, boolean queued, RunHistory history, RunEventBus events, Clock clock, Starter starter,
            Ended ended) {
        this.runId = runId;
        this.version = version;
        this.trigger = trigger;
        this.variables = Map.copyOf(variables);
        this.started = started;
        this.triggered = triggered;
        this.queued = queued;
        this.history = history;
        this.events = events;
        this.clock = clock;
        this.starter = starter;
        this.ended = ended;
    }

    /** Starts the engine, unless the run was cancelled while it waited. */
    void launch() {
        synchronized (this) {
            if (cancelRequested || launching) {
                return;
            }
            launching = true;
            queued = false;
        }
        RunHandle started;
        try {
            started = starter.start(this);
        } catch (RuntimeException e) {
            LOG.warn("Run {} of '{}' could not start", runId, workflow(), e);
            end(record(RunStatus.FAILED, List.of()), "The run could not start: " + e.getMessage());
            return;
        }
        boolean cancelNow;
        synchronized (this) {
            handle = started;
            cancelNow = cancelRequested;
        }
        if (cancelNow) {
            started.cancel();
        }
        started.result().whenComplete((record, error) -> {
            if (error != null) {
                LOG.error("Run {} of '{}' stopped unexpectedly", runId, workflow(), error);
                end(record(RunStatus.FAILED, finishedSteps()), "The run stopped unexpectedly: " + error.getMessage()
                        + ". Retry it; if it happens again, report it with the log.");
            }
        });
    }

    /** Marks a queued run as about to start, so a second finishing run does not start it too. */
    void dequeue() {
        queued = false;
    }

    boolean triggered() {
        return triggered;
    }

    @Override
    public void stepStarted(String stepId, int attempt) {
        currentStep = stepId;
        currentAttempt = attempt;
        events.fire(e -> e.stepStarted(this, stepId, attempt));
    }

    @Override
    public void stepFinished(StepRecord record) {
        // steps of a parallel for-each finish on several threads: the index and the row go in the same order
        synchronized (steps) {
            int index = steps.size();
            steps.add(record);
            try {
                history.step(runId, index, record);
            } catch (RuntimeException e) {
                LOG.error("Step {} of run {} could not be stored; the run goes on", record.stepId(), runId, e);
            }
        }
        currentStep = null;
        events.fire(e -> e.stepFinished(this, record));
    }

    @Override
    public void runFinished(RunRecord record) {
        end(record, errorOf(record));
    }

    @Override
    public void cancel() {
        boolean notStarted;
        RunHandle running;
        synchronized (this) {
            if (cancelRequested || finished.get()) {
                return;
            }
            cancelRequested = true;
            notStarted = !launching;
            running = handle;
        }
        if (notStarted) {
            end(record(RunStatus.CANCELLED, List.of()), cancelledError());
        } else if (running != null) {
            running.cancel();
        }
    }

    private void end(RunRecord record, String error) {
        if (!finished.compareAndSet(false, true)) {
            return;
        }
        currentStep = null;
        try {
            history.finish(runId, record.status(), clock.instant(), error);
        } catch (RuntimeException e) {
            LOG.error("The end of run {} could not be stored", runId, e);
        }
        try {
            ended.ended(this, record, error);
        } finally {
            result.complete(record);
        }
    }

    private String errorOf(RunRecord record) {
        return switch (record.status()) {
            case FAILED -> record.steps().reversed().stream().filter(s -> !s.succeeded()).findFirst()
                    .map(s -> "Step '" + s.stepId() + "' failed: " + s.error())
                    .orElse("The run failed before any step finished. Retry it, or check the workflow's steps.");
            case CANCELLED -> cancelledError();
            case SUCCEEDED, RUNNING -> null;
        };
    }

    private static String cancelledError() {
        return "The run was cancelled before it finished. Retry it to continue from the step it stopped at.";
    }

    private RunRecord record(RunStatus status, List<StepRecord> finishedSteps) {
        return new RunRecord(workflow(), variables, status, started, clock.instant(), finishedSteps);
    }

    Map<String, String> variables() {
        return variables;
    }

    @Override
    public String runId() {
        return runId;
    }

    @Override
    public String flowId() {
        return version.flowId();
    }

    @Override
    public String workflow() {
        return version.workflow().name();
    }

    @Override
    public int version() {
        return version.version();
    }

    @Override
    public String trigger() {
        return trigger;
    }

    @Override
    public Instant started() {
        return started;
    }

    @Override
    public boolean queued() {
        return queued;
    }

    @Override
    public List<StepRecord> finishedSteps() {
        synchronized (steps) {
            return List.copyOf(steps);
        }
    }

    @Override
    public String currentStep() {
        return currentStep;
    }

    @Override
    public int currentAttempt() {
        return currentAttempt;
    }

    @Override
    public CompletableFuture<RunRecord> result() {
        return result;
    }

    @Override
    public String toString() {
        return "run " + runId + " of '" + workflow() + "' v" + version() + " (" + trigger + ")";
    }
}
