package dev.aura.plugins.prompts.ui;

import atlantafx.base.theme.Styles;
import dev.aura.plugins.api.ui.DiffView;
import dev.aura.plugins.prompts.Messages;
import dev.aura.plugins.prompts.cards.CardLabel;
import dev.aura.plugins.prompts.cards.CardVersion;
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
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Versions tab: versions newest first with time, note and labels; set, move or remove a label on the chosen
 * version; restore it; and the line diff between any two versions.
 */
final class VersionsTab {
    private final VersionsViewModel vm;
    private final Messages messages;
    private final DateTimeFormatter time;
    private final ListView<CardVersion> list = new ListView<>();
    private final FlowPane labelsOfSelected = new FlowPane(4, 4);
    private final SplitPane root = new SplitPane();

    VersionsTab(VersionsViewModel vm, CardEditorViewModel editor, Messages messages, Dialogs dialogs) {
        this.vm = vm;
        this.messages = messages;
        this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault());
        list.setId("versions-list");
        list.setItems(vm.versions());
        list.setCellFactory(v -> new VersionCell());
        vm.labels().addListener((ListChangeListener<CardLabel>) c -> {
            list.refresh();
            showLabels();
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showLabels());
        vm.versions().addListener((ListChangeListener<CardVersion>) c -> {
            if (!vm.versions().isEmpty()) {
                list.getSelectionModel().select(0);
            }
        });

        ComboBox<String> labelName = new ComboBox<>();
        labelName.setId("label-name");
        labelName.setEditable(true);
        labelName.getItems().setAll(CardLabel.PRODUCTION, CardLabel.STAGING);
        labelName.setValue(CardLabel.PRODUCTION);
        labelName.setPrefWidth(130);
        Button setLabel = new Button(messages.text("cards.versions.setLabel"), new FontIcon(Feather.BOOKMARK));
        setLabel.setId("set-label");
        setLabel.setOnAction(e -> {
            CardVersion chosen = list.getSelectionModel().getSelectedItem();
            String name = labelName.getEditor().getText();
            if (chosen != null && name != null && !name.isBlank()) {
                vm.setLabel(name, chosen.number());
            }
        });
        Button restore = new Button(messages.text("cards.versions.restore"), new FontIcon(Feather.ROTATE_CCW));
        restore.setId("restore-version");
        restore.setOnAction(e -> {
            CardVersion chosen = list.getSelectionModel().getSelectedItem();
            if (chosen == null) {
                return;
            }
            if (editor.dirty() && !dialogs.confirm(messages.text("cards.versions.restoreTitle", chosen.number()),
                    messages.text("cards.versions.restoreDirty"))) {
                return;
            }
            editor.restore(chosen.number());
        });
        restore.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            CardVersion chosen = list.getSelectionModel().getSelectedItem();
            return chosen == null || vm.versions().isEmpty() || chosen == vm.versions().getFirst();
        }, list.getSelectionModel().selectedItemProperty(), vm.versions()));
        HBox labelRow = new HBox(6, labelName, setLabel);
        labelRow.setAlignment(Pos.CENTER_LEFT);
        labelsOfSelected.setId("version-labels");
        Label labelsCaption = new Label(messages.text("cards.versions.labels"));
        labelsCaption.getStyleClass().add("field-caption");
        VBox actions = new VBox(8, labelsCaption, labelsOfSelected, labelRow, restore);
        actions.setPadding(new Insets(8, 0, 0, 0));
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox left = new VBox(8, list, actions);
        left.setPadding(new Insets(12));
        left.setMinWidth(240);

        root.getItems().addAll(left, diffPane());
        root.setDividerPositions(0.32);
        root.setId("versions-tab");
    }

    SplitPane root() {
        return root;
    }

    private VBox diffPane() {
        ComboBox<CardVersion> from = versionPicker("diff-left");
        from.valueProperty().bindBidirectional(vm.leftProperty());
        ComboBox<CardVersion> to = versionPicker("diff-right");
        to.valueProperty().bindBidirectional(vm.rightProperty());
        Label heading = new Label(messages.text("cards.versions.compare"));
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        HBox bar = new HBox(8, heading, from, new FontIcon(Feather.ARROW_RIGHT), to);
        bar.setAlignment(Pos.CENTER_LEFT);
        DiffView diff = new DiffView(vm.diff(), messages.text("cards.versions.pick"));
        Label nothing = new Label(messages.text("cards.versions.noCompare"));
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

    private ComboBox<CardVersion> versionPicker(String id) {
        ComboBox<CardVersion> picker = new ComboBox<>(vm.versions());
        picker.setId(id);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(CardVersion v) {
                return v == null ? "" : messages.text("cards.list.version", v.number());
            }

            @Override
            public CardVersion fromString(String s) {
                return null;
            }
        });
        return picker;
    }

    private void showLabels() {
        labelsOfSelected.getChildren().clear();
        CardVersion chosen = list.getSelectionModel().getSelectedItem();
        if (chosen == null) {
            return;
        }
        for (String name : vm.labelsOf(chosen.number())) {
            Button chip = new Button(name, new FontIcon(Feather.X));
            chip.setId("remove-label-" + name);
            chip.getStyleClass().addAll("label-chip", name, Styles.SMALL);
            chip.setOnAction(e -> vm.removeLabel(name));
            labelsOfSelected.getChildren().add(chip);
        }
        if (labelsOfSelected.getChildren().isEmpty()) {
            Label none = new Label(messages.text("cards.versions.noLabels"));
            none.getStyleClass().add("muted-text");
            labelsOfSelected.getChildren().add(none);
        }
    }

    private final class VersionCell extends ListCell<CardVersion> {
        @Override
        protected void updateItem(CardVersion v, boolean empty) {
            super.updateItem(v, empty);
            setText(null);
            if (empty || v == null) {
                setGraphic(null);
                return;
            }
            Label number = new Label(messages.text("cards.list.version", v.number()));
            number.getStyleClass().add(Styles.TEXT_BOLD);
            Label when = new Label(time.format(v.createdAt()));
            when.getStyleClass().add("muted-text");
            HBox top = new HBox(8, number, when);
            top.setAlignment(Pos.CENTER_LEFT);
            for (String name : vm.labelsOf(v.number())) {
                Label chip = new Label(name, new FontIcon(Feather.BOOKMARK));
                chip.getStyleClass().addAll("label-chip", name);
                top.getChildren().add(chip);
            }
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
