package dev.aura.plugins.models.ui;

import dev.aura.core.events.EventBus;
import dev.aura.core.ollama.InstalledModel;
import dev.aura.core.ollama.ModelCatalog;
import dev.aura.core.ollama.OllamaStatus;
import dev.aura.core.ollama.OllamaStatusChanged;
import dev.aura.core.ollama.RunningModel;
import dev.aura.core.tasks.Job;
import dev.aura.core.tasks.TaskRunner;
import dev.aura.core.util.Subscription;
import dev.aura.plugins.api.Notifier;
import dev.aura.plugins.models.Messages;
import dev.aura.plugins.models.ModelFilter;
import dev.aura.plugins.models.ModelNames;
import dev.aura.plugins.models.ModelsFailure;
import dev.aura.plugins.models.OllamaErrors;
import dev.aura.plugins.models.PullTexts;
import java.net.URI;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Models panel's state: installed and loaded models, the selection, errors. Command methods start background
 * jobs on the task runner; results come back through {@code uiThread} ({@code Platform::runLater} in the app,
 * {@code Runnable::run} in tests). Call everything on the UI thread.
 */
public final class ModelsViewModel {
    public enum State { LOADING, READY, EMPTY, ERROR }

    private record Listing(List<InstalledModel> installed, List<RunningModel> running) {}

    private final ModelCatalog catalog;
    private final TaskRunner tasks;
    private final Executor uiThread;
    private final Messages messages;
    private final OllamaErrors errors;

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.LOADING);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper refreshing = new ReadOnlyBooleanWrapper(this, "refreshing");
    private final ObservableList<InstalledModel> installed = FXCollections.observableArrayList();
    private final ObservableList<InstalledModel> installedView = FXCollections.unmodifiableObservableList(installed);
    private final FilteredList<InstalledModel> visible = new FilteredList<>(installed);
    private final ObservableList<RunningModel> running = FXCollections.observableArrayList();
    private final ObservableList<RunningModel> runningView = FXCollections.unmodifiableObservableList(running);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObjectProperty<InstalledModel> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyIntegerWrapper pullFocusRequests = new ReadOnlyIntegerWrapper(this, "pullFocusRequests");
    private final ModelDetailsViewModel details;
    private final PullViewModel pull;
    private long refreshGeneration;
    private String selectAfterRefresh;

    public ModelsViewModel(ModelCatalog catalog, TaskRunner tasks, Executor uiThread, Messages messages,
            Supplier<URI> ollamaUrl, Notifier notifier) {
        this.catalog = catalog;
        this.tasks = tasks;
        this.uiThread = uiThread;
        this.messages = messages;
        this.errors = new OllamaErrors(messages, ollamaUrl);
        this.details = new ModelDetailsViewModel(catalog, tasks, uiThread, messages, errors);
        this.pull = new PullViewModel(catalog, tasks, uiThread, new PullTexts(messages), errors, notifier, this::pulled);
        filter.addListener((obs, old, text) -> visible.setPredicate(ModelFilter.matching(text)::test));
        selected.addListener((obs, old, model) -> details.show(model));
    }

    /** Lists installed and loaded models again; what is shown stays until the answer is there. */
    public void refresh() {
        long id = ++refreshGeneration;
        refreshing.set(true);
        if (installed.isEmpty() && state.get() != State.ERROR) {
            state.set(State.LOADING);
        }
        Job<Listing> job = tasks.submit(messages.text("refresh.job"),
                context -> new Listing(catalog.list(), catalog.running()));
        job.result().whenComplete((listing, failure) -> uiThread.execute(() -> {
            if (id != refreshGeneration) {
                return; // a newer refresh owns the panel
            }
            refreshing.set(false);
            if (failure == null) {
                showListing(listing);
            } else {
                showFailure(errors.describe(failure, null));
            }
        }));
    }

    private void showListing(Listing listing) {
        String keep = selectAfterRefresh != null ? selectAfterRefresh
                : selected.get() == null ? null : selected.get().name();
        selectAfterRefresh = null;
        installed.setAll(listing.installed());
        running.setAll(listing.running());
        error.set("");
        state.set(installed.isEmpty() ? State.EMPTY : State.READY);
        InstalledModel kept = keep == null ? null : find(keep);
        // the details pane always has something to show while there are models
        selected.set(kept != null || installed.isEmpty() ? kept : installed.getFirst());
    }

    private InstalledModel find(String name) {
        return installed.stream().filter(m -> ModelNames.same(m.name(), name)).findFirst().orElse(null);
    }

    private void showFailure(ModelsFailure failure) {
        if (failure.kind() == ModelsFailure.Kind.CANCELLED) {
            return;
        }
        error.set(failure.message());
        state.set(State.ERROR);
    }

    /** Deletes a model (the view asks for confirmation first). */
    public void delete(InstalledModel model) {
        if (model == null) {
            return;
        }
        String name = model.name();
        Job<Void> job = tasks.submit(messages.text("delete.job", name), context -> {
            catalog.delete(name);
            return null;
        });
        job.result().whenComplete((ignored, failure) -> uiThread.execute(() -> {
            if (failure == null) {
                installed.removeIf(m -> m.name().equals(name));
                if (selected.get() != null && selected.get().name().equals(name)) {
                    selected.set(null);
                }
                refresh();
            } else {
                ModelsFailure explained = errors.describe(failure, name);
                error.set(explained.kind() == ModelsFailure.Kind.UNREACHABLE ? explained.message()
                        : messages.text("delete.failed", name, explained.message()));
                if (explained.kind() == ModelsFailure.Kind.UNREACHABLE) {
                    state.set(State.ERROR);
                }
            }
        }));
    }

    /** Listens to Ollama's health while the panel is shown: a recovery or a changed model count refreshes. */
    public Subscription connect(EventBus events) {
        return events.subscribe(OllamaStatusChanged.class, event -> uiThread.execute(() -> onStatus(event.status())));
    }

    void onStatus(OllamaStatus status) {
        if (!status.reachable()) {
            if (!pull.isPulling()) {
                showFailure(errors.unreachable());
            }
            return;
        }
        if (state.get() == State.ERROR || state.get() == State.LOADING || status.modelCount() != installed.size()) {
            refresh();
        }
    }

    private void pulled(String name) {
        selectAfterRefresh = name;
        filter.set("");
        refresh();
    }

    public void dismissError() {
        error.set("");
    }

    /** Asks the view to put the cursor into the pull field (the palette's "Pull a model…"). */
    public void requestPullFocus() {
        pullFocusRequests.set(pullFocusRequests.get() + 1);
    }

    public ReadOnlyObjectProperty<State> stateProperty() { return state.getReadOnlyProperty(); }
    public State getState() { return state.get(); }
    /** Why the last action failed, for the banner; empty when all is well. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty refreshingProperty() { return refreshing.getReadOnlyProperty(); }
    /** Every installed model, in Ollama's order (newest first). */
    public ObservableList<InstalledModel> installedModels() { return installedView; }
    /** The installed models that pass the filter. */
    public ObservableList<InstalledModel> visibleModels() { return visible; }
    public ObservableList<RunningModel> runningModels() { return runningView; }
    public StringProperty filterProperty() { return filter; }
    public ObjectProperty<InstalledModel> selectedProperty() { return selected; }
    public ReadOnlyIntegerProperty pullFocusRequestsProperty() { return pullFocusRequests.getReadOnlyProperty(); }
    public ModelDetailsViewModel details() { return details; }
    public PullViewModel pull() { return pull; }
    public Messages messages() { return messages; }
}
