package dev.aura.plugins.prompts.ui;

import dev.aura.plugins.prompts.Messages;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Small builders shared by the editor's forms: a captioned field, a problem line bound to a field key, numbers. */
final class Fields {
    private Fields() {}

    static VBox captioned(String caption, Node field) {
        Label label = new Label(caption);
        label.getStyleClass().add("field-caption");
        label.setLabelFor(field);
        return new VBox(4, label, field);
    }

    /** A red line under a field showing the problem stored under {@code key}, hidden when there is none. */
    static Label problem(ObservableMap<String, String> problems, String key, String... more) {
        java.util.List<String> keys = new java.util.ArrayList<>();
        keys.add(key);
        keys.addAll(java.util.List.of(more));
        Label label = new Label();
        label.getStyleClass().add("field-problem");
        label.setWrapText(true);
        label.setId("problem-" + key.replace('.', '-'));
        label.managedProperty().bind(label.visibleProperty());
        Runnable update = () -> {
            String text = keys.stream().map(problems::get).filter(java.util.Objects::nonNull).findFirst()
                    .orElse(null);
            label.setText(text == null ? "" : text);
            label.setVisible(text != null);
        };
        MapChangeListener<String, String> listener = c -> {
            if (keys.contains(c.getKey())) {
                update.run();
            }
        };
        // weak: forms are rebuilt on every load while the problems map lives as long as the editor
        problems.addListener(new javafx.collections.WeakMapChangeListener<>(listener));
        label.getProperties().put("problem-listener", listener); // keeps it alive as long as the label
        update.run();
        return label;
    }

    /**
     * Parses a number typed in {@code field}: blank gives null, an unreadable one reports a problem under {@code key}
     * (and the previous value stays stored) until it is fixed.
     */
    static void number(TextField field, Messages messages, String key, boolean integer,
            java.util.function.BiConsumer<String, String> reportProblem, Consumer<Number> onValue) {
        field.textProperty().addListener((o, a, b) -> {
            String text = b == null ? "" : b.strip();
            if (text.isEmpty()) {
                reportProblem.accept(key, null);
                onValue.accept(null);
                return;
            }
            try {
                Number value = integer ? (Number) Long.parseLong(text) : (Number) Double.parseDouble(text);
                reportProblem.accept(key, null);
                onValue.accept(value);
            } catch (NumberFormatException e) {
                reportProblem.accept(key, messages.text(integer ? "cards.validate.integer" : "cards.validate.number"));
            }
        });
    }

    static String text(Map<String, Object> values, String key) {
        return AssertionTypes.toText(values.get(key));
    }
}
