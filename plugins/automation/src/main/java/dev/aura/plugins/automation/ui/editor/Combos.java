package dev.aura.plugins.automation.ui.editor;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** Combo boxes of the forms: editable ones report what is typed as well as what is picked. */
final class Combos {
    private Combos() {}

    static ComboBox<String> editable(String id, ObservableList<String> items, String initial,
                                     Consumer<String> onEdit) {
        ComboBox<String> combo = new ComboBox<>(items);
        combo.setId(id);
        combo.setEditable(true);
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.getEditor().setText(initial == null ? "" : initial);
        combo.setValue(initial == null || initial.isEmpty() ? null : initial);
        combo.getEditor().textProperty().addListener((o, a, b) -> onEdit.accept(b == null ? "" : b));
        combo.valueProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(combo.getEditor().getText())) {
                combo.getEditor().setText(b);
            }
        });
        return combo;
    }

    static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
