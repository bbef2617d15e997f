package dev.aura.plugins.models.ui;

import dev.aura.core.ollama.InstalledModel;
import dev.aura.core.ollama.ModelCatalog;
import dev.aura.core.ollama.ModelDetails;
import dev.aura.core.tasks.Job;
import dev.aura.core.tasks.TaskRunner;
import dev.aura.plugins.models.Messages;
import dev.aura.plugins.models.OllamaErrors;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The details pane: {@code /api/show} of the selected model, loaded in the background. UI thread only. */
public final class ModelDetailsViewModel {
    private final ModelCatalog catalog;
    private final TaskRunner tasks;
    private final Executor uiThread;
    private final Messages messages;
    private final OllamaErrors errors;

    private final ReadOnlyObjectWrapper<InstalledModel> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ReadOnlyObjectWrapper<ModelDetails> details = new ReadOnlyObjectWrapper<>(this, "details");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private long generation;

    ModelDetailsViewModel(ModelCatalog catalog, TaskRunner tasks, Executor uiThread, Messages messages,
            OllamaErrors errors) {
        this.catalog = catalog;
        this.tasks = tasks;
        this.uiThread = uiThread;
        this.messages = messages;
        this.errors = errors;
    }

    /** Shows a model; the same model (name and digest) again keeps what is loaded. Null clears the pane. */
    void show(InstalledModel selected) {
        InstalledModel current = model.get();
        if (selected != null && current != null && selected.name().equals(current.name())
                && Objects.equals(selected.digest(), current.digest()) && error.get().isEmpty()) {
            model.set(selected);
            return;
        }
        model.set(selected);
        load(selected);
    }

    public void reload() {
        load(model.get());
    }

    private void load(InstalledModel selected) {
        long id = ++generation;
        details.set(null);
        error.set("");
        if (selected == null) {
            loading.set(false);
            return;
        }
        loading.set(true);
        String name = selected.name();
        Job<ModelDetails> job = tasks.submit(messages.text("details.job", name), context -> catalog.show(name));
        job.result().whenComplete((loaded, failure) -> uiThread.execute(() -> {
            if (id != generation) {
                return; // the user moved on to another model
            }
            loading.set(false);
            if (failure == null) {
                details.set(loaded);
            } else {
                error.set(errors.describe(failure, name).message());
            }
        }));
    }

    public ReadOnlyObjectProperty<InstalledModel> modelProperty() { return model.getReadOnlyProperty(); }
    /** Null while loading, on error and when nothing is selected. */
    public ReadOnlyObjectProperty<ModelDetails> detailsProperty() { return details.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    /** Why the details could not be loaded; empty when they could. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
}
