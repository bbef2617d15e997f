package dev.aura.plugins.automation.ui.editor;

import dev.aura.plugins.api.ui.Background;
import dev.aura.plugins.api.ui.LineDiff;
import dev.aura.plugins.automation.store.FlowStore;
import dev.aura.plugins.automation.store.FlowVersion;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** A workflow's versions (newest first), the two picked for the diff, and the diff of their YAML. */
public final class VersionsViewModel {
    private final FlowStore flows;
    private final Background background;
    private final ObservableList<FlowVersion> versions = FXCollections.observableArrayList();
    private final ObjectProperty<FlowVersion> left = new SimpleObjectProperty<>();
    private final ObjectProperty<FlowVersion> right = new SimpleObjectProperty<>();
    private final ObservableList<LineDiff.Line> diff = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private String flowId;

    public VersionsViewModel(FlowStore flows, Background background) {
        this.flows = flows;
        this.background = background;
        left.addListener((o, a, b) -> recomputeDiff());
        right.addListener((o, a, b) -> recomputeDiff());
    }

    /** Loads the versions; by default the diff compares the previous version with the latest. */
    public void load(String id) {
        this.flowId = id;
        if (id == null) {
            versions.clear();
            left.set(null);
            right.set(null);
            return;
        }
        background.run("automation.load-versions", job -> flows.versions(id), list -> {
            if (!id.equals(flowId)) {
                return;
            }
            versions.setAll(list);
            right.set(list.isEmpty() ? null : list.getFirst());
            left.set(list.size() < 2 ? null : list.get(1));
            error.set("");
        }, failure -> error.set(Background.describe(failure)));
    }

    private void recomputeDiff() {
        if (left.get() == null || right.get() == null) {
            diff.clear();
            return;
        }
        diff.setAll(LineDiff.diff(left.get().yaml(), right.get().yaml()));
    }

    public ObservableList<FlowVersion> versions() {
        return versions;
    }

    public ObjectProperty<FlowVersion> leftProperty() {
        return left;
    }

    public ObjectProperty<FlowVersion> rightProperty() {
        return right;
    }

    public ObservableList<LineDiff.Line> diff() {
        return diff;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
