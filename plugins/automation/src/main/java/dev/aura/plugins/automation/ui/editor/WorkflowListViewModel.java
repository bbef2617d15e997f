package dev.aura.plugins.automation.ui.editor;

import dev.aura.plugins.api.ui.Background;
import dev.aura.plugins.automation.model.Trigger;
import dev.aura.plugins.automation.store.FlowStore;
import dev.aura.plugins.automation.store.FlowSummary;
import dev.aura.plugins.automation.store.FlowVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The saved workflows (with their triggers), loaded off the UI thread, and the ones matching the search text. */
public final class WorkflowListViewModel {
    public enum State { LOADING, EMPTY, NO_MATCH, READY, ERROR }

    private final FlowStore flows;
    private final Background background;
    private final StringProperty query = new SimpleStringProperty("");
    private final List<WorkflowRow> all = new ArrayList<>();
    private final ObservableList<WorkflowRow> items = FXCollections.observableArrayList();
    private final ObservableList<String> names = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.LOADING);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private long generation;

    public WorkflowListViewModel(FlowStore flows, Background background) {
        this.flows = flows;
        this.background = background;
        query.addListener((o, a, b) -> applyFilter());
    }

    /** Reloads from the store; an answer to an older request is dropped. */
    public void refresh() {
        long mine = ++generation;
        if (all.isEmpty()) {
            state.set(State.LOADING);
        }
        background.run("automation.list-flows", job -> {
            List<WorkflowRow> rows = new ArrayList<>();
            for (FlowSummary summary : flows.list()) {
                List<Trigger> triggers = flows.latest(summary.id()).map(FlowVersion::workflow)
                        .map(w -> w.triggers()).orElse(List.of());
                rows.add(new WorkflowRow(summary, triggers));
            }
            return rows;
        }, rows -> {
            if (mine != generation) {
                return;
            }
            all.clear();
            all.addAll(rows);
            names.setAll(rows.stream().map(WorkflowRow::name).toList());
            error.set("");
            applyFilter();
        }, failure -> {
            if (mine == generation) {
                error.set(Background.describe(failure));
                state.set(State.ERROR);
            }
        });
    }

    private void applyFilter() {
        String text = query.get() == null ? "" : query.get().strip().toLowerCase(Locale.ROOT);
        List<WorkflowRow> matching = all.stream().filter(r -> text.isEmpty()
                || r.name().toLowerCase(Locale.ROOT).contains(text)
                || r.summary().description().toLowerCase(Locale.ROOT).contains(text)).toList();
        if (!matching.equals(items)) {
            items.setAll(matching);
        }
        state.set(!matching.isEmpty() ? State.READY : all.isEmpty() ? State.EMPTY : State.NO_MATCH);
    }

    /** A name no saved workflow has: {@code base}, or {@code base 2}, {@code base 3}... */
    public String freshName(String base) {
        List<String> lower = all.stream().map(r -> r.name().toLowerCase(Locale.ROOT)).toList();
        if (!lower.contains(base.toLowerCase(Locale.ROOT))) {
            return base;
        }
        int n = 2;
        while (lower.contains((base + " " + n).toLowerCase(Locale.ROOT))) {
            n++;
        }
        return base + " " + n;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<WorkflowRow> items() {
        return items;
    }

    /** The names of all saved workflows (for "Run another workflow"). */
    public ObservableList<String> names() {
        return names;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State state() {
        return state.get();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
