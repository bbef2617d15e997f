package dev.aura.plugins.models.ui;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.aura.core.ollama.RunningModel;
import dev.aura.plugins.models.ByteSizes;
import dev.aura.plugins.models.Messages;
import dev.aura.plugins.models.ModelTimes;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** "Loaded now": what {@code /api/ps} reports, with memory use and when Ollama unloads each model. */
final class LoadedModelsPane {
    private static final double ROW_HEIGHT = 32;
    private static final double HEADER_HEIGHT = 36;

    private final Messages messages;
    private final ModelTimes times;
    private final VBox root = new VBox(6);

    LoadedModelsPane(ModelsViewModel vm, ModelTimes times) {
        this.messages = vm.messages();
        this.times = times;
        Label title = new Label(messages.text("loaded.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        TableView<RunningModel> table = new TableView<>(vm.runningModels());
        table.setId("loaded-table");
        table.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // as tall as its rows (up to four), so one loaded model does not leave a blank block under it
        table.setFixedCellSize(ROW_HEIGHT);
        table.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> HEADER_HEIGHT + ROW_HEIGHT * Math.clamp(vm.runningModels().size(), 1, 4), vm.runningModels()));
        table.minHeightProperty().bind(table.prefHeightProperty());
        // nothing loaded is the common case: one muted line beside the title instead of an empty table
        Label empty = new Label(messages.text("loaded.none"));
        empty.setId("loaded-none");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        BooleanBinding none = Bindings.isEmpty(vm.runningModels());
        empty.visibleProperty().bind(none);
        empty.managedProperty().bind(none);
        table.visibleProperty().bind(none.not());
        table.managedProperty().bind(none.not());
        table.getColumns().setAll(List.of(
                column("loaded.name", RunningModel::name, 220),
                column("loaded.size", m -> ByteSizes.format(m.sizeBytes(), messages.locale()), 90),
                column("loaded.vram", this::vram, 150),
                column("loaded.context", this::context, 90),
                column("loaded.until", m -> times.relative(m.expiresAt()), 140)));
        root.setId("loaded-pane");
        HBox heading = new HBox(12, title, empty);
        heading.setAlignment(Pos.BASELINE_LEFT);
        root.getChildren().addAll(heading, table);
    }

    Node node() {
        return root;
    }

    /** "1.9 GB (100% GPU)": how much of the model sits in video memory decides its speed. */
    private String vram(RunningModel m) {
        if (m.sizeBytes() <= 0) {
            return ByteSizes.format(m.sizeVram(), messages.locale());
        }
        long percent = Math.round(100.0 * m.sizeVram() / m.sizeBytes());
        String where = percent >= 100 ? messages.text("loaded.gpu")
                : percent <= 0 ? messages.text("loaded.cpu") : messages.text("loaded.split", percent);
        return messages.text("loaded.vramValue", ByteSizes.format(m.sizeVram(), messages.locale()), where);
    }

    private String context(RunningModel m) {
        return m.contextLength() > 0 ? messages.text("loaded.tokens", m.contextLength()) : messages.text("time.unknown");
    }

    private TableColumn<RunningModel, String> column(String key, Function<RunningModel, String> value, double width) {
        TableColumn<RunningModel, String> column = new TableColumn<>(messages.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
