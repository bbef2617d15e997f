package dev.aura.plugins.api;

import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.input.KeyCombination;

/**
 * An action for the command palette, menus and shortcuts.
 *
 * @param id          globally unique, "pluginId.action"
 * @param text        shown in the palette, in the user's language
 * @param category    group label ("Models", "View")
 * @param accelerator shortcut or null
 * @param executable  whether it can run now (bound to view-model state)
 */
public record PluginCommand(
        String id,
        String text,
        String category,
        KeyCombination accelerator,
        ReadOnlyBooleanProperty executable,
        Runnable action) {
    public PluginCommand {
        Objects.requireNonNull(id);
        Objects.requireNonNull(text);
        Objects.requireNonNull(action);
        executable = executable == null ? new ReadOnlyBooleanWrapper(true).getReadOnlyProperty() : executable;
        category = category == null ? "" : category;
    }

    public static PluginCommand of(String id, String text, String category, KeyCombination accelerator, Runnable action) {
        return new PluginCommand(id, text, category, accelerator, null, action);
    }
}
