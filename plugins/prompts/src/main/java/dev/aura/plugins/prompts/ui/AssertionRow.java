package dev.aura.plugins.prompts.ui;

import dev.aura.plugins.prompts.Messages;
import dev.aura.plugins.prompts.eval.AssertionSpec;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * One assertion in the table: its type (every type and its not- form), the value (multi-line: scripts, schemas,
 * rubrics), threshold and weight, and its problem under the row.
 */
final class AssertionRow {
    private static final double TYPE_WIDTH = 175;
    private static final double NUMBER_WIDTH = 78;

    private final VBox root;
    private final ComboBox<String> type = new ComboBox<>();
    private final TextArea value = new TextArea();
    private final TextField threshold = new TextField();
    private final TextField weight = new TextField();
    private final String metric;
    private Double thresholdValue;
    private double weightValue;

    AssertionRow(AssertionSpec spec, int row, String key, CardEditorViewModel vm, Messages messages,
            Consumer<AssertionSpec> onChange, Runnable onRemove) {
        metric = spec.metric();
        thresholdValue = spec.threshold();
        weightValue = spec.weight();
        type.getItems().setAll(AssertionTypes.ALL);
        if (!type.getItems().contains(spec.displayType())) {
            type.getItems().add(spec.displayType());
        }
        type.setValue(spec.displayType());
        type.setId("assert-type-" + row);
        type.setVisibleRowCount(14);
        type.setPrefWidth(TYPE_WIDTH);
        type.setMinWidth(TYPE_WIDTH);
        value.setText(AssertionTypes.toText(spec.value()));
        value.setId("assert-value-" + row);
        value.setPromptText(messages.text("cards.tests.valueHint"));
        value.setWrapText(true);
        value.setPrefRowCount(Math.min(6, Math.max(1, value.getText().split("\n", -1).length)));
        HBox.setHgrow(value, Priority.ALWAYS);
        threshold.setText(AssertionTypes.toText(spec.threshold()));
        threshold.setId("assert-threshold-" + row);
        threshold.setPrefWidth(NUMBER_WIDTH);
        threshold.setMinWidth(NUMBER_WIDTH);
        weight.setText(spec.weight() == 1 ? "" : AssertionTypes.toText(spec.weight()));
        weight.setId("assert-weight-" + row);
        weight.setPromptText("1");
        weight.setPrefWidth(NUMBER_WIDTH);
        weight.setMinWidth(NUMBER_WIDTH);
        Button remove = TestEditor.small("remove-assert-" + row, Feather.X, messages.text("cards.tests.removeAssert"));
        remove.setText(null);
        remove.setOnAction(e -> onRemove.run());

        Runnable push = () -> onChange.accept(spec());
        type.valueProperty().addListener((o, a, b) -> push.run());
        value.textProperty().addListener((o, a, b) -> push.run());
        Fields.number(threshold, messages, key + ".threshold", false, vm::setInputProblem, n -> {
            thresholdValue = n == null ? null : n.doubleValue();
            push.run();
        });
        Fields.number(weight, messages, key + ".weight", false, vm::setInputProblem, n -> {
            if (n != null && n.doubleValue() < 0) {
                vm.setInputProblem(key + ".weight", messages.text("cards.validate.weight"));
                return;
            }
            weightValue = n == null ? 1 : n.doubleValue();
            push.run();
        });
        HBox line = new HBox(6, type, value, threshold, weight, remove);
        line.setAlignment(Pos.TOP_LEFT);
        root = new VBox(2, line, Fields.problem(vm.problems(), key, key + ".threshold", key + ".weight"));
        root.getStyleClass().add("assertion-row");
    }

    /** Column captions lined up with the rows' fields. */
    static HBox header(Messages messages) {
        javafx.scene.control.Label type = caption(messages.text("cards.tests.type"), TYPE_WIDTH);
        javafx.scene.control.Label value = caption(messages.text("cards.tests.valueHint"), 0);
        value.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(value, Priority.ALWAYS);
        javafx.scene.control.Label threshold = caption(messages.text("cards.tests.threshold"), NUMBER_WIDTH);
        javafx.scene.control.Label weight = caption(messages.text("cards.tests.weight"), NUMBER_WIDTH);
        javafx.scene.layout.Region removeColumn = new javafx.scene.layout.Region();
        removeColumn.setMinWidth(28);
        return new HBox(6, type, value, threshold, weight, removeColumn);
    }

    private static javafx.scene.control.Label caption(String text, double width) {
        javafx.scene.control.Label label = new javafx.scene.control.Label(text);
        label.getStyleClass().add("assert-header");
        if (width > 0) {
            label.setMinWidth(width);
            label.setPrefWidth(width);
        }
        return label;
    }

    VBox root() {
        return root;
    }

    private AssertionSpec spec() {
        String display = type.getValue() == null ? "contains" : type.getValue();
        AssertionSpec parsed = AssertionSpec.of(display, null);
        return new AssertionSpec(parsed.type(), parsed.negated(), AssertionTypes.fromText(parsed.type(),
                value.getText()), thresholdValue, weightValue, metric);
    }
}
