package dev.aura.plugins.automation.ui.editor;

import atlantafx.base.theme.Styles;
import dev.aura.plugins.api.ui.DiffView;
import dev.aura.plugins.automation.Messages;
import dev.aura.plugins.automation.store.FlowVersion;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Versions tab: versions newest first with time and note, Restore the chosen one, and the YAML diff of any two. */
final class VersionsTab {
    private final VersionsViewModel vm;
    private final Messages messages;
    private final DateTimeFormatter time;
    private final ListView<FlowVersion> list = new ListView<>();
    private final SplitPane root = new SplitPane();

    VersionsTab(VersionsViewModel vm, WorkflowEditorViewModel editor, Messages messages, Dialogs dialogs) {
        this.vm = vm;
        this.messages = messages;
        this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault());
        list.setId("versions-list");
        list.setItems(vm.versions());
        list.setCellFactory(v -> new VersionCell());
        vm.versions().addListener((ListChangeListener<FlowVersion>) c -> {
            if (!vm.versions().isEmpty()) {
                list.getSelectionModel().select(0);
            }
        });
        Button restore = new Button(messages.text("editor.versions.restore"), new FontIcon(Feather.ROTATE_CCW));
        restore.setId("restore-version");
        restore.setOnAction(e -> {
            FlowVersion chosen = list.getSelectionModel().getSelectedItem();
            if (chosen == null) {
                return;
            }
            if (editor.dirty() && !dialogs.confirm(messages.text("editor.versions.restoreTitle", chosen.version()),
                    messages.text("editor.versions.restoreDirty"), messages.text("editor.versions.restore"))) {
                return;
            }
            editor.restore(chosen);
        });
        restore.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            FlowVersion chosen = list.getSelectionModel().getSelectedItem();
            return chosen == null || vm.versions().isEmpty() || chosen == vm.versions().getFirst();
        }, list.getSelectionModel().selectedItemProperty(), vm.versions()));
        Label hint = new Label(messages.text("editor.versions.restoreHint"));
        hint.getStyleClass().add("muted-text");
        hint.setWrapText(true);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox left = new VBox(8, list, restore, hint);
        left.setPadding(new Insets(12));
        left.setMinWidth(240);
        root.getItems().addAll(left, diffPane());
        root.setDividerPositions(0.3);
        root.setId("versions-tab");
    }

    SplitPane root() {
        return root;
    }

    private VBox diffPane() {
        ComboBox<FlowVersion> from = picker("diff-left");
        from.valueProperty().bindBidirectional(vm.leftProperty());
        ComboBox<FlowVersion> to = picker("diff-right");
        to.valueProperty().bindBidirectional(vm.rightProperty());
        Label heading = new Label(messages.text("editor.versions.compare"));
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        HBox bar = new HBox(8, heading, from, new FontIcon(Feather.ARROW_RIGHT), to);
        bar.setAlignment(Pos.CENTER_LEFT);
        DiffView diff = new DiffView(vm.diff(), messages.text("editor.versions.pick"));
        Label nothing = new Label(messages.text("editor.versions.noCompare"));
        nothing.setId("versions-no-compare");
        nothing.setWrapText(true);
        nothing.getStyleClass().add("muted-text");
        nothing.visibleProperty().bind(Bindings.size(vm.versions()).lessThan(2));
        diff.root().visibleProperty().bind(nothing.visibleProperty().not());
        StackPane body = new StackPane(diff.root(), nothing);
        StackPane.setAlignment(nothing, Pos.TOP_LEFT);
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox box = new VBox(8, bar, body);
        box.setPadding(new Insets(12));
        return box;
    }

    private ComboBox<FlowVersion> picker(String id) {
        ComboBox<FlowVersion> picker = new ComboBox<>(vm.versions());
        picker.setId(id);
        picker.setConverter(Combos.converter(v -> messages.text("editor.list.version", v.version())));
        return picker;
    }

    private final class VersionCell extends ListCell<FlowVersion> {
        @Override
        protected void updateItem(FlowVersion v, boolean empty) {
            super.updateItem(v, empty);
            setText(null);
            if (empty || v == null) {
                setGraphic(null);
                return;
            }
            Label number = new Label(messages.text("editor.list.version", v.version()));
            number.getStyleClass().add(Styles.TEXT_BOLD);
            Label when = new Label(time.format(v.created()));
            when.getStyleClass().add("muted-text");
            HBox top = new HBox(8, number, when);
            top.setAlignment(Pos.CENTER_LEFT);
            VBox box = new VBox(2, top);
            if (v.note() != null && !v.note().isBlank()) {
                Label note = new Label(v.note());
                note.getStyleClass().add("version-note");
                box.getChildren().add(note);
            }
            setGraphic(box);
        }
    }
}
