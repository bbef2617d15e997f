package dev.aura.plugins.chat.ui;

import atlantafx.base.theme.Styles;
import dev.aura.plugins.api.ui.Paragraph;
import dev.aura.plugins.chat.Messages;
import dev.aura.plugins.chat.model.ChatParameters;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * Editable sampling options; an empty field means the model's default. Shared by the composer's popover and the
 * personas dialog.
 */
final class ParametersForm {
    private final Messages messages;
    private final GridPane grid = new GridPane();
    private final TextField temperature = field("param-temperature");
    private final TextField topP = field("param-top-p");
    private final TextField contextLength = field("param-context");
    private final TextField seed = field("param-seed");
    private final TextField keepAlive = field("param-keep-alive");
    private final javafx.scene.layout.StackPane problem = new javafx.scene.layout.StackPane();

    ParametersForm(Messages messages, ChatParameters initial) {
        this.messages = messages;
        grid.setHgap(10);
        grid.setVgap(8);
        row(0, "param.temperature", temperature, "param.temperatureHint");
        row(1, "param.topP", topP, "param.topPHint");
        row(2, "param.contextLength", contextLength, "param.contextLengthHint");
        row(3, "param.seed", seed, "param.seedHint");
        row(4, "param.keepAlive", keepAlive, "param.keepAliveHint");
        problem.setMaxWidth(420);
        problem.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        grid.add(problem, 0, 5, 3, 1);
        set(initial);
    }

    Node node() {
        return grid;
    }

    void set(ChatParameters p) {
        ChatParameters v = p == null ? ChatParameters.DEFAULTS : p;
        temperature.setText(text(v.temperature()));
        topP.setText(text(v.topP()));
        contextLength.setText(text(v.contextLength()));
        seed.setText(text(v.seed()));
        keepAlive.setText(v.keepAlive() == null ? "" : v.keepAlive());
    }

    /** The values, or null with the problem shown when a field does not hold a number in range. */
    ChatParameters read() {
        try {
            Double t = parse(temperature, Double::valueOf, 0, 2, "param.temperature");
            Double p = parse(topP, Double::valueOf, 0, 1, "param.topP");
            Integer ctx = parse(contextLength, Integer::valueOf, 256, 1_048_576, "param.contextLength");
            Integer s = parse(seed, Integer::valueOf, Integer.MIN_VALUE, Integer.MAX_VALUE, "param.seed");
            String keep = keepAlive.getText().isBlank() ? null : keepAlive.getText().strip();
            problem.getChildren().clear();
            return new ChatParameters(t, p, ctx, s, keep);
        } catch (IllegalArgumentException e) {
            problem.getChildren().setAll(Paragraph.of(e.getMessage(), "error-text")); // Thai-safe wrapping
            return null;
        }
    }

    private <T extends Number> T parse(TextField field, Function<String, T> parser, double min, double max,
            String labelKey) {
        String raw = field.getText().strip().replace(',', '.');
        if (raw.isEmpty()) {
            return null;
        }
        try {
            T value = parser.apply(raw);
            if (value.doubleValue() < min || value.doubleValue() > max) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(messages.text("param.invalid", messages.text(labelKey),
                    format(min), format(max)));
        }
    }

    private static String format(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private void row(int index, String labelKey, TextField field, String hintKey) {
        Label label = new Label(messages.text(labelKey));
        field.setPromptText(messages.text("param.default"));
        Label hint = new Label(messages.text(hintKey));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        grid.addRow(index, label, field, hint);
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(8);
        return field;
    }

    private static String text(Number n) {
        return n == null ? "" : n.toString();
    }
}
