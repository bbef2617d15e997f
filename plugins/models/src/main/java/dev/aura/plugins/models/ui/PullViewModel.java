package dev.aura.plugins.models.ui;

import dev.aura.core.ollama.ModelCatalog;
import dev.aura.core.tasks.Job;
import dev.aura.core.tasks.JobContext;
import dev.aura.core.tasks.TaskRunner;
import dev.aura.plugins.api.Notifier;
import dev.aura.plugins.models.ModelsFailure;
import dev.aura.plugins.models.OllamaErrors;
import dev.aura.plugins.models.PullProgressTracker;
import dev.aura.plugins.models.PullTexts;
import dev.aura.plugins.models.PullProgressTracker.Snapshot;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** "Pull a model": one pull at a time, run as a named job so the status bar shows it too. UI thread only. */
public final class PullViewModel {
    private final ModelCatalog catalog;
    private final TaskRunner tasks;
    private final Executor uiThread;
    private final PullTexts texts;
    private final OllamaErrors errors;
    private final Notifier notifier;
    private final Consumer<String> onPulled;

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ReadOnlyBooleanWrapper pulling = new ReadOnlyBooleanWrapper(this, "pulling");
    private final ReadOnlyStringWrapper model = new ReadOnlyStringWrapper(this, "model", "");
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(this, "fraction", -1);
    private final ReadOnlyStringWrapper phase = new ReadOnlyStringWrapper(this, "phase", "");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<ModelsFailure> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private final BooleanBinding canPull;

    private Job<Void> job;
    private AtomicBoolean cancelRequested = new AtomicBoolean();
    private long generation;

    PullViewModel(ModelCatalog catalog, TaskRunner tasks, Executor uiThread, PullTexts texts, OllamaErrors errors,
            Notifier notifier, Consumer<String> onPulled) {
        this.catalog = catalog;
        this.tasks = tasks;
        this.uiThread = uiThread;
        this.texts = texts;
        this.errors = errors;
        this.notifier = notifier;
        this.onPulled = onPulled;
        this.canPull = Bindings.createBooleanBinding(
                () -> !pulling.get() && !name.get().isBlank(), pulling, name);
    }

    public void pull() {
        pull(name.get());
    }

    public void pull(String requested) {
        String wanted = requested == null ? "" : requested.strip();
        if (wanted.isEmpty() || pulling.get()) {
            return;
        }
        long pullId = ++generation;
        AtomicBoolean cancelled = new AtomicBoolean();
        cancelRequested = cancelled;
        name.set(wanted);
        model.set(wanted);
        pulling.set(true);
        failure.set(null);
        message.set("");
        fraction.set(-1);
        phase.set(texts.starting(wanted));
        detail.set("");
        LatestValue<Snapshot> updates = new LatestValue<>(uiThread, s -> showProgress(pullId, wanted, s));
        Job<Void> started = tasks.submit(texts.jobName(wanted), context -> {
            runPull(wanted, context, cancelled, updates);
            return null;
        });
        if (pullId == generation && pulling.get()) {
            job = started;
        }
        started.result().whenComplete((ignored, error) -> uiThread.execute(() -> finished(pullId, wanted, error)));
    }

    private void runPull(String wanted, JobContext context, AtomicBoolean cancelled, LatestValue<Snapshot> updates) {
        PullProgressTracker tracker = new PullProgressTracker();
        int[] lastShown = {Integer.MIN_VALUE};
        catalog.pull(wanted, progress -> {
            if (cancelled.get()) {
                throw new CancellationException("pull cancelled");
            }
            Snapshot snapshot = tracker.update(progress);
            updates.post(snapshot);
            // the status bar needs whole percents only; every line would flood its listeners
            int key = snapshot.phase().ordinal() * 1000 + snapshot.percent();
            if (key != lastShown[0]) {
                lastShown[0] = key;
                context.progress(snapshot.fraction(), texts.detail(snapshot));
            }
        }, context);
        if (cancelled.get()) {
            throw new CancellationException("pull cancelled");
        }
    }

    /** Stops the running pull; Ollama keeps the downloaded part, so pulling again resumes. */
    public void cancel() {
        cancelRequested.set(true);
        if (job != null) {
            job.cancel();
        }
    }

    private void showProgress(long pullId, String wanted, Snapshot snapshot) {
        if (pullId != generation || !pulling.get()) {
            return;
        }
        fraction.set(snapshot.fraction());
        phase.set(texts.phase(wanted, snapshot));
        detail.set(texts.detail(snapshot));
    }

    private void finished(long pullId, String wanted, Throwable error) {
        if (pullId != generation) {
            return;
        }
        job = null;
        pulling.set(false);
        detail.set("");
        phase.set("");
        fraction.set(-1);
        if (error == null && !cancelRequested.get()) {
            message.set(texts.ready(wanted));
            name.set("");
            notifier.notify(Notifier.Level.SUCCESS, texts.readyTitle(), texts.ready(wanted));
            onPulled.accept(wanted);
            return;
        }
        ModelsFailure explained = cancelRequested.get()
                ? new ModelsFailure(ModelsFailure.Kind.CANCELLED, texts.cancelled(wanted))
                : errors.describePull(error, wanted);
        if (explained.kind() == ModelsFailure.Kind.CANCELLED) {
            message.set(texts.cancelled(wanted));
        } else {
            failure.set(explained);
        }
    }

    public void dismissMessages() {
        message.set("");
        failure.set(null);
    }

    public StringProperty nameProperty() { return name; }
    public ReadOnlyBooleanProperty pullingProperty() { return pulling.getReadOnlyProperty(); }
    public boolean isPulling() { return pulling.get(); }
    /** The model being (or last) pulled. */
    public ReadOnlyStringProperty modelProperty() { return model.getReadOnlyProperty(); }
    /** 0..1, or -1 while Ollama has not said how big the download is. */
    public ReadOnlyDoubleProperty fractionProperty() { return fraction.getReadOnlyProperty(); }
    /** "Downloading llama3.2", "Verifying llama3.2…". */
    public ReadOnlyStringProperty phaseProperty() { return phase.getReadOnlyProperty(); }
    /** "1.2 GB of 2.0 GB · 60% · 12.3 MB/s". */
    public ReadOnlyStringProperty detailProperty() { return detail.getReadOnlyProperty(); }
    /** Outcome that is not an error: ready, cancelled. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    /** The last pull's failure, explained; null when there is none. */
    public ReadOnlyObjectProperty<ModelsFailure> failureProperty() { return failure.getReadOnlyProperty(); }
    public BooleanBinding canPullBinding() { return canPull; }
}
