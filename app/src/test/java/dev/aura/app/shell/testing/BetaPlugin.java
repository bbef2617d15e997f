package dev.aura.app.shell.testing;

import dev.aura.plugins.api.PluginCommand;
import dev.aura.plugins.api.SettingsPage;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** Contributes a command with a shortcut and a settings page. */
public final class BetaPlugin extends TestPlugin {
    public static final KeyCombination REFRESH =
            new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public final AtomicInteger refreshes = new AtomicInteger();

    public BetaPlugin() {
        super("beta", "Models", "fth-box", 20);
    }

    @Override
    public List<PluginCommand> commands() {
        return List.of(PluginCommand.of("beta.refresh", "Refresh model list", "Models", REFRESH, refreshes::incrementAndGet));
    }

    @Override
    public Optional<SettingsPage> settingsPage() {
        return Optional.of(new SettingsPage() {
            @Override public String title() { return "Models"; }
            @Override public Node createContent() { return new Label("Model settings"); }
        });
    }
}
