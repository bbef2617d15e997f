package dev.aura.plugins.automation.ui.editor;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Name/value rows (headers, variables) with Add and a remove button per row; each edit reports the whole map in row
 * order. Rows with a blank name are left out; a name used twice keeps its last value.
 */
final class KeyValueRows {
    private final VBox root = new VBox(6);
    private final VBox rows = new VBox(6);
    private final List<TextField[]> fields = new ArrayList<>();
    private final String idPrefix;
    private final String namePrompt;
    private final String valuePrompt;
    private final String removeText;
    private final Consumer<Map<String, String>> onEdit;
    private int created;

    KeyValueRows(String idPrefix, Map<String, String> initial, String namePrompt, String valuePrompt, String addText,
                 String removeText, Consumer<Map<String, String>> onEdit) {
        this.idPrefix = idPrefix;
        this.removeText = removeText;
        this.namePrompt = namePrompt;
        this.valuePrompt = valuePrompt;
        this.onEdit = onEdit;
        root.setId(idPrefix + "-rows");
        initial.forEach(this::addRow);
        Button add = new Button(addText, new FontIcon(Feather.PLUS));
        add.setId(idPrefix + "-add");
        add.getStyleClass().add(Styles.SMALL);
        add.setOnAction(e -> {
            TextField name = addRow("", "");
            name.requestFocus();
        });
        root.getChildren().addAll(rows, add);
    }

    VBox root() {
        return root;
    }

    private TextField addRow(String key, String value) {
        int index = created++; // ids stay unique when rows are removed
        TextField name = new TextField(key);
        name.setId(idPrefix + "-name-" + index);
        name.setPromptText(namePrompt);
        name.setPrefColumnCount(10);
        TextField val = new TextField(value);
        val.setId(idPrefix + "-value-" + index);
        val.setPromptText(valuePrompt);
        HBox.setHgrow(val, Priority.ALWAYS);
        Button remove = new Button(null, new FontIcon(Feather.X));
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        remove.setTooltip(new Tooltip(removeText));
        TextField[] pair = {name, val};
        HBox row = new HBox(6, name, new Label("="), val, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        remove.setOnAction(e -> {
            fields.remove(pair);
            rows.getChildren().remove(row);
            report();
        });
        name.textProperty().addListener((o, a, b) -> report());
        val.textProperty().addListener((o, a, b) -> report());
        fields.add(pair);
        rows.getChildren().add(row);
        return name;
    }

    private void report() {
        Map<String, String> map = new LinkedHashMap<>();
        for (TextField[] pair : fields) {
            String key = pair[0].getText().strip();
            if (!key.isEmpty()) {
                map.put(key, pair[1].getText());
            }
        }
        onEdit.accept(map);
    }
}
