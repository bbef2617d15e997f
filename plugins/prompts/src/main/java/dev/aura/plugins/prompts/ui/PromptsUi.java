package dev.aura.plugins.prompts.ui;

import dev.aura.plugins.api.PluginCommand;
import dev.aura.plugins.prompts.Messages;
import dev.aura.plugins.prompts.PromptsServices;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * CONTRACT SKELETON (ui-cards helper): the windowed half of the plugin, created on the FX thread on first use: the
 * card list, the card editor (template, tests, versions, checks) and, on its Runs tab, {@code ui.runs.RunsPane}.
 */
public final class PromptsUi {
    public PromptsUi(PromptsServices services, Messages messages) {
    }

    public Node createView() {
        return new StackPane();
    }

    public void activate() {
    }

    public void deactivate() {
    }

    public List<PluginCommand> commands() {
        return List.of();
    }

    public void stop() {
    }
}
