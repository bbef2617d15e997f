package dev.aura.plugins.automation.ui.editor;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A short list of texts (hosts, executables, arguments): type and Add, double-click to edit, Remove the chosen. */
final class StringListEditor {
    private final VBox root = new VBox(6);
    private final ListView<String> list = new ListView<>();
    private final TextField input = new TextField();
    private final Button add;
    private final Button remove;

    StringListEditor(String id, List<String> initial, String prompt, String addText, String removeText,
                     String placeholder, Consumer<List<String>> onEdit) {
        list.setId(id + "-list");
        list.getItems().setAll(initial);
        list.setEditable(true);
        list.setCellFactory(TextFieldListCell.forListView());
        list.setPrefHeight(110);
        list.setFixedCellSize(30);
        list.setPlaceholder(new javafx.scene.control.Label(placeholder));
        list.setOnEditCommit(e -> {
            if (e.getNewValue() == null || e.getNewValue().isBlank()) {
                list.getItems().remove(e.getIndex());
            } else {
                list.getItems().set(e.getIndex(), e.getNewValue().strip());
            }
        });
        input.setId(id + "-input");
        input.setPromptText(prompt);
        HBox.setHgrow(input, Priority.ALWAYS);
        add = new Button(addText, new FontIcon(Feather.PLUS));
        add.setId(id + "-add");
        add.setOnAction(e -> {
            String text = input.getText() == null ? "" : input.getText().strip();
            if (!text.isEmpty()) {
                list.getItems().add(text);
                input.clear();
            }
        });
        input.setOnAction(add.getOnAction());
        remove = new Button(removeText, new FontIcon(Feather.TRASH_2));
        remove.setId(id + "-remove");
        remove.getStyleClass().add(Styles.DANGER);
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> list.getItems().remove(list.getSelectionModel().getSelectedIndex()));
        list.getItems().addListener((javafx.collections.ListChangeListener<String>) c ->
                onEdit.accept(List.copyOf(list.getItems())));
        HBox row = new HBox(6, input, add, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(list, row);
    }

    VBox root() {
        return root;
    }

    /** Adds {@code text} unless it is listed already. */
    void add(String text) {
        if (!list.getItems().contains(text)) {
            list.getItems().add(text);
        }
    }

    /** Puts {@code node} (a Choose... button) after the Add button. */
    void addAction(javafx.scene.Node node) {
        ((HBox) root.getChildren().get(1)).getChildren().add(2, node);
    }

    /** Greys the editor out (executables while the shell is off). */
    void setEnabled(boolean enabled) {
        root.setDisable(!enabled);
    }
}
