package dev.aura.plugins.automation.ui.runs;

import dev.aura.core.util.Subscription;
import dev.aura.plugins.api.ui.Background;
import dev.aura.plugins.automation.AutomationServices;
import dev.aura.plugins.automation.Messages;
import dev.aura.plugins.automation.engine.RunRecord;
import dev.aura.plugins.automation.engine.StepRecord;
import dev.aura.plugins.automation.runs.ActiveRun;
import dev.aura.plugins.automation.runs.RunEvents;
import dev.aura.plugins.automation.store.StoredRun;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runs view's state: filters and the paged history ({@link HistoryList}), the runs going now, the run shown and
 * its selected step, and the pending approvals ({@link ApprovalsModel}). Live events from the runs' threads are
 * coalesced by a {@link PulseThrottle}. All methods on the UI thread; store calls go through {@link Background}.
 */
public final class RunsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(RunsViewModel.class);
    private final AutomationServices services;
    private final Messages messages;
    private final Clock clock;
    private final RunFormats formats;
    private final Background background;
    private final HistoryList history;
    private final ApprovalsModel approvals;
    private final PulseThrottle pulse;
    private final ObservableList<RunRow> live = FXCollections.observableArrayList();
    private final ObjectProperty<RunFilters.Status> status = new SimpleObjectProperty<>(RunFilters.Status.ALL);
    private final ObjectProperty<RunFilters.Trigger> trigger = new SimpleObjectProperty<>(RunFilters.Trigger.ALL);
    private final ObjectProperty<RunFilters.Range> range = new SimpleObjectProperty<>(RunFilters.Range.ALL);
    private final ReadOnlyStringWrapper selectedId = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<RunDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<TimelineStep> selectedStep = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Queue<String> finished = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean approvalsChanged = new AtomicBoolean(true);
    private final Map<String, Instant> stepStarts = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> liveVariables = new ConcurrentHashMap<>();
    private String flowId;
    /** Whether a history has been asked for yet (start() or showFlow). */
    private boolean shown;
    private boolean runsAvailable;
    private Subscription subscription = Subscription.none();
    private long generation;

    public RunsViewModel(AutomationServices services, Messages messages, Executor uiThread, Clock clock) {
        this.services = Objects.requireNonNull(services, "services");
        this.messages = messages;
        this.clock = clock;
        this.formats = new RunFormats(messages, clock.getZone());
        this.background = new Background(services.context().tasks(), uiThread,
                (job, failure) -> message.set(messages.text("runs.error.job", job, Background.describe(failure))));
        this.history = new HistoryList(services.history(), background, messages, this::liveIds);
        this.approvals = new ApprovalsModel(services, background, messages);
        this.pulse = new PulseThrottle(uiThread, this::refresh);
        status.addListener((o, was, now) -> reload());
        trigger.addListener((o, was, now) -> reload());
        range.addListener((o, was, now) -> reload());
    }

    /** Starts listening to the runs and loads the history of every workflow. */
    public void start() {
        subscription.close();
        try {
            subscription = services.runs().subscribe(new Events());
            runsAvailable = true;
            approvals.refresh();
        } catch (RuntimeException e) {
            // the history still shows; only live progress is missing
            LOG.warn("Live run progress is unavailable", e);
            runsAvailable = false;
            message.set(messages.text("runs.error.live", Background.describe(e)));
        }
        showFlow(null);
    }

    /**
     * The history of one workflow, or of all when null. Showing the one already shown reads nothing again: the list
     * follows new runs by itself, and a second count over a long history is wasted work.
     */
    public void showFlow(String value) {
        if (shown && java.util.Objects.equals(flowId, value)) {
            return;
        }
        shown = true;
        flowId = value;
        reload();
    }

    private void reload() {
        history.load(RunFilters.filter(flowId, status.get(), trigger.get(), range.get(), clock));
        refreshLive();
    }

    /** From the view's once-a-second timer: running durations and the current step's elapsed time. */
    public void tick() {
        if (!live.isEmpty()) {
            pulse.request();
        }
    }

    private void refresh() {
        Set<String> ended = new java.util.HashSet<>();
        for (String id = finished.poll(); id != null; id = finished.poll()) {
            ended.add(id);
            stepStarts.remove(id);
            liveVariables.remove(id);
        }
        refreshLive();
        if (!ended.isEmpty()) {
            history.refresh();
            if (ended.contains(selectedId.get())) {
                loadStored(selectedId.get());
            }
        }
        if (approvalsChanged.getAndSet(false)) {
            approvals.refresh();
        }
    }

    private void refreshLive() {
        if (!runsAvailable) {
            return;
        }
        var filter = history.filter();
        List<RunRow> rows = services.runs().active().stream().map(RunRow::of)
                .filter(r -> RunFilters.shows(filter, r)).toList();
        live.setAll(rows);
        RunDetail shown = detail.get();
        if (shown != null && shown.live()) {
            services.runs().active(shown.run().id()).ifPresent(this::showLive);
        }
    }

    /** Shows a run: a live one from memory, a finished one from the store. */
    public void select(RunRow row) {
        if (row == null || row.id().equals(selectedId.get()) && detail.get() != null) {
            return;
        }
        selectedId.set(row.id());
        Optional<ActiveRun> running = runsAvailable ? services.runs().active(row.id()) : Optional.empty();
        if (running.isPresent()) {
            selectLive(running.get());
        } else {
            loadStored(row.id());
        }
    }

    /** Shows a run that has just started (manual run, retry) and its progress as it goes. */
    void selectLive(ActiveRun run) {
        ++generation;
        selectedId.set(run.runId());
        selectedStep.set(null);
        refreshLive();
        showLive(run);
        // a fast run may have ended before it was selected: its end is handled like any other
        run.result().whenComplete((record, failure) -> {
            finished.add(run.runId());
            pulse.request();
        });
        if (!liveVariables.containsKey(run.runId())) {
            String id = run.runId();
            background.run(messages.text("runs.job.load"), job -> services.history().load(id), stored -> {
                stored.ifPresent(s -> liveVariables.put(id, s.variables()));
                pulse.request();
            });
        }
    }

    private void showLive(ActiveRun run) {
        if (!run.runId().equals(selectedId.get())) {
            return;
        }
        List<TimelineStep> steps = new ArrayList<>();
        for (StepRecord step : run.finishedSteps()) {
            steps.add(TimelineStep.of(step));
        }
        String current = run.currentStep();
        if (current != null) {
            Instant since = stepStarts.getOrDefault(run.runId(), run.started());
            steps.add(TimelineStep.running(current, Math.max(1, run.currentAttempt()),
                    Duration.between(since, clock.instant())));
        }
        setDetail(new RunDetail(RunRow.of(run), liveVariables.getOrDefault(run.runId(), Map.of()), steps));
    }

    private void loadStored(String runId) {
        long mine = ++generation;
        background.run(messages.text("runs.job.load"), job -> services.history().load(runId), stored -> {
            if (mine != generation || !runId.equals(selectedId.get())) {
                return;
            }
            if (stored.isEmpty()) {
                message.set(messages.text("runs.error.gone"));
                setDetail(null);
                return;
            }
            setDetail(storedDetail(stored.get()));
        });
    }

    private static RunDetail storedDetail(StoredRun stored) {
        return new RunDetail(RunRow.of(stored.summary()), stored.variables(),
                stored.steps().stream().map(TimelineStep::of).toList());
    }

    /** Keeps the selected step (by id) when the run is shown again with more steps. */
    private void setDetail(RunDetail value) {
        TimelineStep was = selectedStep.get();
        detail.set(value);
        if (was == null || value == null) {
            selectedStep.set(null);
            return;
        }
        selectedStep.set(value.steps().stream().filter(s -> s.stepId().equals(was.stepId())).findFirst()
                .orElse(null));
    }

    public void selectStep(TimelineStep step) {
        selectedStep.set(step);
    }

    /** Cancels the run shown; its end arrives as an event like any other. */
    public void cancel() {
        RunDetail shown = detail.get();
        if (shown == null || !shown.live()) {
            return;
        }
        services.runs().active(shown.run().id()).ifPresent(run ->
                background.run(messages.text("runs.job.cancel"), job -> {
                    run.cancel();
                    return run.runId();
                }, id -> message.set("")));
    }

    /** Retries the run shown from its failed step and shows the new run. */
    public void retry() {
        RunDetail shown = detail.get();
        if (shown == null || !shown.retryable()) {
            return;
        }
        String runId = shown.run().id();
        background.run(messages.text("runs.job.retry"), job -> services.runs().retry(runId), run -> {
            message.set("");
            selectLive(run);
            history.refresh();
        }, failure -> message.set(messages.text("runs.error.retry", Background.describe(failure))));
    }

    /** Shows a run the pane started (a manual run). */
    void started(ActiveRun run) {
        message.set("");
        selectLive(run);
        history.refresh();
    }

    private Set<String> liveIds() {
        if (!runsAvailable) {
            return Set.of();
        }
        return services.runs().active().stream().map(ActiveRun::runId).collect(Collectors.toSet());
    }

    public void stop() {
        subscription.close();
        subscription = Subscription.none();
        pulse.stop();
    }

    void showMessage(String text) {
        message.set(text);
    }

    public void dismissMessage() {
        message.set("");
    }

    /** Called from the runs' threads: only notes what changed and asks for a refresh. */
    private final class Events implements RunEvents {
        @Override
        public void runStarted(ActiveRun run) {
            pulse.request();
        }

        @Override
        public void stepStarted(ActiveRun run, String stepId, int attempt) {
            stepStarts.put(run.runId(), clock.instant());
            pulse.request();
        }

        @Override
        public void stepFinished(ActiveRun run, StepRecord step) {
            pulse.request();
        }

        @Override
        public void runFinished(ActiveRun run, RunRecord record) {
            finished.add(run.runId());
            pulse.request();
        }

        @Override
        public void approvalsChanged() {
            approvalsChanged.set(true);
            pulse.request();
        }
    }

    public HistoryList history() { return history; }
    public ApprovalsModel approvals() { return approvals; }
    public ObservableList<RunRow> live() { return live; }
    public ObjectProperty<RunFilters.Status> statusProperty() { return status; }
    public ObjectProperty<RunFilters.Trigger> triggerProperty() { return trigger; }
    public ObjectProperty<RunFilters.Range> rangeProperty() { return range; }
    public ReadOnlyStringProperty selectedIdProperty() { return selectedId.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<RunDetail> detailProperty() { return detail.getReadOnlyProperty(); }
    public ObjectProperty<TimelineStep> selectedStepProperty() { return selectedStep; }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public RunDetail detail() { return detail.get(); }
    public RunFormats formats() { return formats; }
    public Messages messages() { return messages; }
    public AutomationServices services() { return services; }
    public Background background() { return background; }
    public Clock clock() { return clock; }
    public String flowId() { return flowId; }
    /** Runs going now, with those queued behind another run: closing the app would end them too. */
    public int activeRuns() {
        return !runsAvailable ? 0 : services.runs().active().size();
    }
}
