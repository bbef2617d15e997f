package dev.aura.plugins.prompts.ui.runs;

import dev.aura.plugins.api.ui.Background;
import dev.aura.plugins.prompts.history.RunStore;
import dev.aura.plugins.prompts.history.RunSummary;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** A card's stored runs, newest first (the list), and which one the matrix shows. UI thread only. */
public final class RunHistoryViewModel {
    /** How many runs the list and the trend show. */
    static final int LIMIT = 100;

    private final RunStore runs;
    private final Background background;
    private final String jobName;
    private final Runnable onLoaded;
    private final ObservableList<RunSummary> list = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper selectedId = new ReadOnlyStringWrapper("");
    private long generation;

    RunHistoryViewModel(RunStore runs, Background background, String jobName, Runnable onLoaded) {
        this.runs = runs;
        this.jobName = jobName;
        this.background = background;
        this.onLoaded = onLoaded;
    }

    void load(String cardId) {
        long mine = ++generation;
        background.run(jobName, job -> runs.history(cardId, LIMIT), loaded -> {
            if (mine == generation) {
                list.setAll(loaded);
                onLoaded.run();
            }
        });
    }

    void clear() {
        ++generation;
        list.clear();
        selectedId.set("");
    }

    void select(String runId) {
        selectedId.set(runId == null ? "" : runId);
    }

    /** Newest first. */
    public ObservableList<RunSummary> runs() {
        return list;
    }

    public ReadOnlyStringProperty selectedIdProperty() {
        return selectedId.getReadOnlyProperty();
    }

    public String selectedId() {
        return selectedId.get();
    }
}
