package dev.aura.plugins.automation.ui.runs;

import atlantafx.base.theme.Styles;
import dev.aura.plugins.automation.Messages;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The left side: filters, the runs going now (live) and the history below them, loaded page by page. */
final class HistoryPane {
    private static final double LIVE_ROW_HEIGHT = 62;

    private final RunsViewModel model;
    private final Messages messages;
    private final ListView<RunRow> live = new ListView<>();
    private final ListView<RunRow> history = new ListView<>();
    private final VBox root;
    private boolean syncing;

    HistoryPane(RunsViewModel model) {
        this.model = model;
        this.messages = model.messages();
        ComboBox<RunFilters.Status> status = combo("runs-filter-status", RunFilters.Status.values(),
                "runs.filter.status.");
        status.valueProperty().bindBidirectional(model.statusProperty());
        ComboBox<RunFilters.Trigger> trigger = combo("runs-filter-trigger", RunFilters.Trigger.values(),
                "runs.filter.trigger.");
        trigger.valueProperty().bindBidirectional(model.triggerProperty());
        ComboBox<RunFilters.Range> range = combo("runs-filter-range", RunFilters.Range.values(), "runs.filter.range.");
        range.valueProperty().bindBidirectional(model.rangeProperty());
        FlowPane filters = new FlowPane(6, 6, status, trigger, range);

        Label count = new Label();
        count.setId("runs-count");
        count.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        count.textProperty().bind(Bindings.createStringBinding(() -> messages.text("runs.history.count",
                model.history().totalProperty().get()), model.history().totalProperty()));
        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(14, 14);
        loading.visibleProperty().bind(model.history().loadingProperty());
        Label title = new Label(messages.text("runs.history.title"));
        title.getStyleClass().addAll(Styles.TEXT_BOLD, "section-title");
        HBox heading = new HBox(8, title, count, loading);
        heading.setAlignment(Pos.BASELINE_LEFT);

        live.setId("runs-live");
        live.getStyleClass().addAll("runs-live", Styles.DENSE);
        live.setItems(model.live());
        live.setCellFactory(v -> new RunRowCell(messages, model.formats(), model.clock(), null));
        live.visibleProperty().bind(Bindings.isNotEmpty(model.live()));
        live.managedProperty().bind(live.visibleProperty());
        live.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(3, model.live().size()) * LIVE_ROW_HEIGHT + 2, model.live()));
        live.setMinHeight(0);
        live.setFixedCellSize(LIVE_ROW_HEIGHT);

        history.setId("runs-history");
        history.getStyleClass().addAll("runs-history", Styles.DENSE);
        history.setItems(model.history().rows());
        history.setCellFactory(v -> new RunRowCell(messages, model.formats(), model.clock(), model.history()::more));
        Label none = new Label(messages.text("runs.history.empty"));
        // with runs going above, an empty history is no news
        none.visibleProperty().bind(Bindings.isEmpty(model.live()));
        history.setPlaceholder(none);
        VBox.setVgrow(history, Priority.ALWAYS);

        live.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> picked(now, history));
        history.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> picked(now, live));
        model.selectedIdProperty().addListener((o, was, now) -> syncSelection());
        model.live().addListener((ListChangeListener<RunRow>) c -> syncSelection());
        model.history().rows().addListener((ListChangeListener<RunRow>) c -> syncSelection());

        root = new VBox(8, filters, heading, live, history);
        root.getStyleClass().add("runs-history-pane");
        root.setMinWidth(300);
        root.setPrefWidth(420);
        root.setMaxWidth(480);
    }

    Node node() {
        return root;
    }

    private void picked(RunRow row, ListView<RunRow> other) {
        if (syncing || row == null) {
            return;
        }
        syncing = true;
        try {
            other.getSelectionModel().clearSelection();
        } finally {
            syncing = false;
        }
        model.select(row);
    }

    /** The list rows are replaced on every refresh; selection follows the run's id. */
    private void syncSelection() {
        String id = model.selectedIdProperty().get();
        syncing = true;
        try {
            select(live, id);
            select(history, id);
        } finally {
            syncing = false;
        }
    }

    private static void select(ListView<RunRow> list, String id) {
        RunRow current = list.getSelectionModel().getSelectedItem();
        if (current != null && current.id().equals(id)) {
            int index = list.getItems().indexOf(current);
            if (index >= 0) {
                return;
            }
        }
        int index = -1;
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).id().equals(id)) {
                index = i;
                break;
            }
        }
        if (index >= 0) {
            list.getSelectionModel().select(index);
        } else {
            list.getSelectionModel().clearSelection();
        }
    }

    private <E extends Enum<E>> ComboBox<E> combo(String id, E[] values, String keyPrefix) {
        ComboBox<E> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : messages.text(keyPrefix + value.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        });
        return box;
    }
}
