package dev.aura.plugins.automation.ui.editor;

import dev.aura.plugins.automation.yaml.Durations;
import java.time.Duration;
import java.util.function.Consumer;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Small builders for the editor's forms: a caption column and a field column, fields that report each edit. */
final class Forms {
    private Forms() {}

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        ColumnConstraints captions = new ColumnConstraints();
        captions.setMinWidth(110);
        captions.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(captions, fields);
        return grid;
    }

    /** Adds a captioned row under the last one. */
    static void row(GridPane grid, String caption, Node field) {
        int row = grid.getRowCount();
        Label label = new Label(caption);
        label.getStyleClass().add("field-caption");
        label.setMinWidth(Label.USE_PREF_SIZE);
        boolean tall = field instanceof TextArea || field instanceof VBox || field instanceof javafx.scene.layout.HBox;
        GridPane.setValignment(label, tall ? VPos.TOP : VPos.CENTER);
        if (tall) {
            label.setPadding(new javafx.geometry.Insets(8, 0, 0, 0)); // level with the first line of the field
        }
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        GridPane.setHgrow(field, Priority.ALWAYS);
    }

    static TextField text(String id, String initial, Consumer<String> onEdit) {
        TextField field = new TextField(initial == null ? "" : initial);
        field.setId(id);
        field.textProperty().addListener((o, a, b) -> onEdit.accept(b));
        return field;
    }

    static TextArea area(String id, String initial, int rows, Consumer<String> onEdit) {
        TextArea area = new TextArea(initial == null ? "" : initial);
        area.setId(id);
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        area.getStyleClass().add("code-area");
        area.textProperty().addListener((o, a, b) -> onEdit.accept(b));
        return area;
    }

    /**
     * A duration typed like 30s, 5m or 1h, with the reason under it when the text is no duration. Blank gives null
     * when {@code optional}. {@code onProblem} gets the message, or null once the text is fine again.
     */
    static VBox duration(String id, Duration initial, boolean optional, String prompt, Consumer<Duration> onValid,
                         Consumer<String> onProblem) {
        TextField field = new TextField(initial == null ? "" : Durations.format(initial));
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(8);
        field.setMaxWidth(160);
        Label problem = problemLabel(id + "-problem");
        field.textProperty().addListener((o, a, b) -> {
            String message = null;
            if (b == null || b.isBlank()) {
                if (optional) {
                    onValid.accept(null);
                } else {
                    message = prompt;
                }
            } else {
                try {
                    onValid.accept(Durations.parse(b));
                } catch (IllegalArgumentException e) {
                    message = e.getMessage();
                }
            }
            problem.setText(message == null ? "" : message);
            onProblem.accept(message);
        });
        return new VBox(4, field, problem);
    }

    static Label problemLabel(String id) {
        Label problem = new Label();
        problem.setId(id);
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        return problem;
    }

    static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-caption");
        return label;
    }
}
