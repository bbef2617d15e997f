package dev.aura.plugins.prompts.ui.runs;

import dev.aura.plugins.api.ui.Background;
import dev.aura.plugins.prompts.Messages;
import dev.aura.plugins.prompts.PromptsServices;
import dev.aura.plugins.prompts.cards.CardContent;
import dev.aura.plugins.prompts.cards.CardVersion;
import dev.aura.plugins.prompts.cards.PromptVariant;
import dev.aura.plugins.prompts.history.CardRunner;
import dev.aura.plugins.prompts.history.RunCell;
import dev.aura.plugins.prompts.history.RunStatus;
import dev.aura.plugins.prompts.history.RunSummary;
import dev.aura.plugins.prompts.history.StoredRun;
import dev.aura.plugins.prompts.run.CellResult;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.transformation.FilteredList;

/**
 * The Runs tab's state: the card shown, a run in progress (live matrix, progress, cancel), the run shown in the
 * matrix and its comparison with the previous run (see {@link RunHistoryViewModel} for the list and trend). All
 * methods on the UI thread; store calls go through {@link Background}.
 */
public final class RunsViewModel {
    /** What the matrix area shows. */
    public enum State { NO_CARD, LOADING, NO_RUNS, LIVE, SHOWING }

    private final PromptsServices services;
    private final Messages messages;
    private final Background background;
    private final Clock clock;
    private final RunFormats formats;
    private final RunMatrix matrix = new RunMatrix();
    private final FilteredList<MatrixRow> visibleRows = new FilteredList<>(matrix.rows());
    private final RunHistoryViewModel history;
    private final RunComparisonViewModel comparison;
    private final ReadOnlyObjectWrapper<CardVersion> version = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.NO_CARD);
    private final ReadOnlyObjectWrapper<StoredRun> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final RunProgress progress;
    private final BooleanProperty failuresOnly = new SimpleBooleanProperty();
    private final BooleanProperty changedOnly = new SimpleBooleanProperty();
    private final ObjectProperty<MatrixEntry> selected = new SimpleObjectProperty<>();
    private final List<RunCell> liveSoFar = new java.util.ArrayList<>();
    private LiveRun live;
    private long generation;

    public RunsViewModel(PromptsServices services, Messages messages, Executor uiThread, Clock clock) {
        this.services = Objects.requireNonNull(services, "services");
        this.messages = messages;
        this.clock = clock;
        this.formats = new RunFormats(messages, clock.getZone());
        this.progress = new RunProgress(messages, formats);
        this.background = new Background(services.context().tasks(), uiThread,
                (job, failure) -> message.set(messages.text("runs.error.load", Background.describe(failure))));
        this.history = new RunHistoryViewModel(services.runs(), background, messages.text("runs.job.history"),
                this::showNewestIfIdle);
        this.comparison = new RunComparisonViewModel(services.runs(), background, messages, formats, matrix,
                message::set);
        failuresOnly.addListener((o, was, now) -> refilter());
        changedOnly.addListener((o, was, now) -> refilter());
        comparison.comparisonProperty().addListener((o, was, now) -> {
            if (now == null) {
                changedOnly.set(false);
            }
            refilter();
        });
    }

    /** Shows the runs of the card of {@code value}; the history reloads only when the card changes. */
    public void show(CardVersion value) {
        CardVersion before = version.get();
        version.set(value);
        if (value == null) {
            clearShown();
            history.clear();
            state.set(State.NO_CARD);
            return;
        }
        if (before != null && before.cardId().equals(value.cardId())) {
            return;
        }
        message.set("");
        clearShown();
        if (runningThisCard()) {
            layoutLive(live);
            liveSoFar.forEach(matrix::put);
            state.set(State.LIVE);
        } else {
            state.set(State.LOADING);
        }
        history.load(value.cardId());
    }

    /** Runs the shown version on {@code models} (empty: the card's own) with at most {@code concurrency} calls. */
    public void run(List<String> models, int concurrency) {
        CardVersion v = version.get();
        if (v == null || live != null) {
            return;
        }
        CardContent content = v.content();
        List<String> chosen = models == null || models.isEmpty() ? content.models() : List.copyOf(models);
        if (chosen.isEmpty()) {
            message.set(messages.text("runs.error.noModel"));
            return;
        }
        if (content.tests().isEmpty()) {
            message.set(messages.text("runs.error.noTests"));
            return;
        }
        message.set("");
        clearShown();
        liveSoFar.clear();
        int cells = content.tests().size() * content.variants().size() * chosen.size();
        live = new LiveRun(v, chosen, clock.instant(), cells, background.uiThread(), new LiveRun.Events() {
            @Override
            public void cells(LiveRun run, List<CellResult> batch) {
                liveCells(run, batch);
            }

            @Override
            public void stored(LiveRun run, StoredRun stored) {
                liveStored(run, stored);
            }

            @Override
            public void failed(LiveRun run, Throwable failure) {
                liveFailed(run, failure);
            }
        });
        layoutLive(live);
        progress.started(cells);
        state.set(State.LIVE);
        live.start(services.context().tasks(), messages.text("runs.job", content.title()), services::runner,
                Math.max(1, concurrency), messages);
    }

    public void cancel() {
        if (live != null) {
            live.cancel();
            progress.cancelling();
        }
    }

    /** Updates the elapsed time of the run in progress; the view calls it on a timer. */
    public void tick() {
        if (live != null) {
            progress.elapsed(Duration.between(live.startedAt(), clock.instant()).toMillis());
        }
    }

    private void layoutLive(LiveRun run) {
        CardContent content = run.version().content();
        matrix.layout(testNames(content), content.variants().stream().map(PromptVariant::label).toList(),
                run.models());
    }

    private void liveCells(LiveRun run, List<CellResult> batch) {
        if (run != live) {
            return;
        }
        CardContent content = run.version().content();
        boolean visible = showingCard(run.version().cardId());
        for (CellResult cell : batch) {
            RunCell placed = new RunCell(CardRunner.testName(content, cell.testIndex()),
                    content.variants().get(cell.promptIndex()).label(), cell);
            liveSoFar.add(placed);
            if (visible) {
                matrix.put(placed);
            }
        }
        if (!visible) {
            return;
        }
        progress.cells(run.done(), run.total());
        tick();
        refilter();
    }

    private void liveStored(LiveRun run, StoredRun stored) {
        endLive(run);
        if (showingCard(stored.summary().cardId())) {
            MatrixEntry was = selected.get();
            display(stored);
            if (was != null) {
                selected.set(matrix.find(was.cell().key()));
            }
            if (stored.summary().status() == RunStatus.CANCELLED) {
                message.set(messages.text("runs.cancelled", stored.summary().stats().cancelled()));
            }
            history.load(stored.summary().cardId());
        }
    }

    private void liveFailed(LiveRun run, Throwable failure) {
        endLive(run);
        if (!showingCard(run.version().cardId())) {
            return;
        }
        matrix.clear();
        state.set(history.runs().isEmpty() ? State.NO_RUNS : State.SHOWING);
        if (failure instanceof CancellationException) {
            message.set(messages.text("runs.cancelledBeforeStart"));
        } else if (failure instanceof IllegalArgumentException) {
            message.set(messages.text("runs.error.cannotRun", Background.describe(failure)));
        } else {
            message.set(messages.text("runs.error.failed", Background.describe(failure)));
        }
        if (!history.runs().isEmpty()) {
            showNewestIfIdle();
        }
    }

    private void endLive(LiveRun run) {
        if (run == live) {
            tick();
            live = null;
            liveSoFar.clear();
            progress.ended();
        }
    }

    /** Loads a stored run into the matrix (ignored while a run of this card is in progress). */
    public void showRun(RunSummary summary) {
        if (summary == null || runningThisCard() || shownId().equals(summary.id())) {
            return;
        }
        long mine = ++generation;
        state.set(State.LOADING);
        background.run(messages.text("runs.job.load"), job -> services.runs().load(summary.id()).orElseThrow(),
                stored -> {
                    if (mine == generation && showingCard(stored.summary().cardId())) {
                        display(stored);
                    }
                });
    }

    private void showNewestIfIdle() {
        CardVersion v = version.get();
        if (v == null || runningThisCard()) {
            return;
        }
        if (history.runs().isEmpty()) {
            if (shown.get() == null) {
                state.set(State.NO_RUNS);
            }
        } else if (shown.get() == null) {
            showRun(history.runs().getFirst());
        }
    }

    private void display(StoredRun stored) {
        selected.set(null);
        matrix.show(stored.cells());
        shown.set(stored);
        history.select(stored.summary().id());
        comparison.showing(stored);
        state.set(State.SHOWING);
        refilter();
    }

    private void clearShown() {
        ++generation;
        selected.set(null);
        shown.set(null);
        comparison.showing(null);
        matrix.clear();
    }

    private void refilter() {
        boolean failures = failuresOnly.get();
        boolean changed = changedOnly.get() && comparison.comparison() != null;
        visibleRows.setPredicate(failures || changed ? row -> (!failures || row.any(MatrixEntry::failedOrErrored))
                && (!changed || row.any(MatrixEntry::changed)) : null);
    }

    private boolean runningThisCard() {
        return live != null && version.get() != null && live.version().cardId().equals(version.get().cardId());
    }

    private boolean showingCard(String cardId) {
        return version.get() != null && version.get().cardId().equals(cardId);
    }

    private String shownId() {
        return shown.get() == null ? "" : shown.get().summary().id();
    }

    static List<String> testNames(CardContent content) {
        return java.util.stream.IntStream.range(0, content.tests().size())
                .mapToObj(i -> CardRunner.testName(content, i)).toList();
    }

    /** Cancels a run in progress (the panel closes); it is still stored, as cancelled. */
    public void dispose() {
        if (live != null) {
            live.cancel();
        }
    }

    public void select(MatrixEntry entry) {
        selected.set(entry);
    }

    public RunMatrix matrix() { return matrix; }
    public FilteredList<MatrixRow> visibleRows() { return visibleRows; }
    public RunHistoryViewModel history() { return history; }
    public RunComparisonViewModel comparison() { return comparison; }
    public RunFormats formats() { return formats; }
    public Messages messages() { return messages; }
    public PromptsServices services() { return services; }
    public Background background() { return background; }
    public ReadOnlyObjectProperty<CardVersion> versionProperty() { return version.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<State> stateProperty() { return state.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<StoredRun> shownProperty() { return shown.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty runningProperty() { return progress.runningProperty(); }
    public ReadOnlyBooleanProperty cancellingProperty() { return progress.cancellingProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return progress.fractionProperty(); }
    public ReadOnlyStringProperty progressTextProperty() { return progress.textProperty(); }
    public ReadOnlyStringProperty elapsedProperty() { return progress.elapsedProperty(); }
    public BooleanProperty failuresOnlyProperty() { return failuresOnly; }
    public BooleanProperty changedOnlyProperty() { return changedOnly; }
    public ObjectProperty<MatrixEntry> selectedProperty() { return selected; }
    public State state() { return state.get(); }
    public CardVersion version() { return version.get(); }
    public StoredRun shown() { return shown.get(); }
    public boolean running() { return progress.running(); }
    public boolean runningShownCard() { return runningThisCard(); }
    public void dismissMessage() { message.set(""); }
}
