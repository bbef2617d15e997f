package dev.aura.plugins.automation.ui.runs;

import dev.aura.plugins.automation.Messages;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/** The manual run's form: one field per workflow variable, filled with its default. */
final class VariablesDialog {
    private final Dialog<Map<String, String>> dialog = new Dialog<>();

    VariablesDialog(String workflow, Map<String, String> defaults, Messages messages, String stylesheet) {
        ButtonType run = new ButtonType(messages.text("runs.variables.run"), ButtonBar.ButtonData.OK_DONE);
        dialog.setTitle(messages.text("runs.variables.title", workflow));
        dialog.setHeaderText(messages.text("runs.variables.header"));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("variables-dialog");
        dialog.getDialogPane().getStylesheets().add(stylesheet);
        dialog.getDialogPane().getStyleClass().add("runs-dialog");
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, run);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints names = new ColumnConstraints();
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(names, values);
        Map<String, TextField> fields = new LinkedHashMap<>();
        int row = 0;
        for (Map.Entry<String, String> variable : defaults.entrySet()) {
            TextField field = new TextField(variable.getValue() == null ? "" : variable.getValue());
            field.setId("variable-" + variable.getKey());
            field.setPrefColumnCount(28);
            Label name = new Label(variable.getKey());
            name.setLabelFor(field);
            grid.addRow(row++, name, field);
            fields.put(variable.getKey(), field);
        }
        dialog.getDialogPane().setContent(grid);
        Button runButton = (Button) dialog.getDialogPane().lookupButton(run);
        runButton.setId("variables-run");
        runButton.setDefaultButton(true);
        dialog.setResultConverter(button -> {
            if (button != run) {
                return null;
            }
            Map<String, String> answer = new LinkedHashMap<>();
            fields.forEach((k, f) -> answer.put(k, f.getText()));
            return answer;
        });
    }

    /** Not blocking: {@code onRun} gets the values when the user pressed Run (nothing on Cancel). */
    void show(Window owner, Consumer<Map<String, String>> onRun) {
        dialog.initOwner(owner);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null) {
                onRun.accept(dialog.getResult());
            }
        });
        dialog.show();
    }
}
