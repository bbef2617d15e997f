package dev.aura.app.shell;

import dev.aura.app.plugins.LoadedPlugin;
import dev.aura.app.plugins.PluginHost;
import dev.aura.app.shell.i18n.ShellMessages;
import dev.aura.app.shell.i18n.UiLanguage;
import dev.aura.app.shell.panels.NavigationViewModel;
import dev.aura.app.shell.theme.ShellTheme;
import dev.aura.app.shell.theme.ThemeManager;
import dev.aura.plugins.api.AuraPlugin;
import dev.aura.plugins.api.PluginCommand;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** Every command the window offers: the shell's own (panels, themes, settings, ...) then the started plugins'. */
final class ShellCommands {
    static final KeyCombination PALETTE = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SETTINGS = new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination QUIT = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCode[] DIGITS = {
        KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
        KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9
    };

    private ShellCommands() {}

    static List<PluginCommand> shell(ShellActions actions, NavigationViewModel navigation, ThemeManager themes,
            ShellMessages m, UiLanguage language) {
        List<PluginCommand> commands = new ArrayList<>();
        String view = m.get("category.view");
        List<LoadedPlugin> panels = navigation.entries();
        for (int i = 0; i < panels.size(); i++) {
            LoadedPlugin p = panels.get(i);
            commands.add(PluginCommand.of("shell.panel." + p.id(), m.format("command.panel", p.descriptor().name()),
                    view, panelShortcut(i), () -> navigation.select(p)));
        }
        commands.add(PluginCommand.of("shell.palette", m.get("command.palette"), view, PALETTE, actions::openPalette));
        String theme = m.get("category.theme");
        for (ShellTheme t : ShellTheme.values()) {
            commands.add(PluginCommand.of("shell.theme." + t.id(), m.format("command.theme", m.get(t.messageKey())),
                    theme, null, () -> themes.select(t)));
        }
        String app = m.get("category.app");
        commands.add(PluginCommand.of("shell.settings", m.get("command.settings"), app, SETTINGS, actions::openSettings));
        commands.add(PluginCommand.of("shell.language", m.format("command.language", language.other().nativeName()),
                app, null, actions::switchLanguage));
        commands.add(PluginCommand.of("shell.about", m.get("menu.help.about"), app, null, actions::about));
        commands.add(PluginCommand.of("shell.quit", m.get("command.quit"), app, QUIT, actions::quit));
        commands.add(PluginCommand.of("shell.ollama.retry", m.get("command.retry"), m.get("category.ollama"), null,
                actions::retryOllama));
        return commands;
    }

    static KeyCombination panelShortcut(int index) {
        return index < DIGITS.length ? new KeyCodeCombination(DIGITS[index], KeyCombination.SHORTCUT_DOWN) : null;
    }

    /**
     * Commands of started plugins; a plugin whose commands() throws is marked failed and contributes none. Running a
     * plugin's command first shows that plugin's panel, since its commands act on it ("Pull a model…").
     */
    static List<PluginCommand> plugins(PluginHost host, NavigationViewModel navigation) {
        List<PluginCommand> commands = new ArrayList<>();
        for (LoadedPlugin p : host.started()) {
            for (PluginCommand c : host.call(p, "commands", AuraPlugin::commands).orElse(List.of())) {
                commands.add(new PluginCommand(c.id(), c.text(), c.category(), c.accelerator(), c.executable(), () -> {
                    navigation.select(p);
                    c.action().run();
                }));
            }
        }
        return commands;
    }
}
