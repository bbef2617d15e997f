package dev.aura.plugins.automation.ui;

import dev.aura.plugins.api.PluginCommand;
import dev.aura.plugins.automation.AutomationServices;
import dev.aura.plugins.automation.Messages;
import java.util.List;
import javafx.scene.Node;

/**
 * CONTRACT SKELETON (helper "editor" replaces it): the Automation panel. The workflow list and editor are the editor
 * helper's ({@code ui.editor}); the run history, live runs, approvals and the run dialog are {@code ui.runs.RunsPane}.
 */
public final class AutomationUi {
    public AutomationUi(AutomationServices services, Messages messages) {
    }

    public Node createView() {
        throw new UnsupportedOperationException("CONTRACT SKELETON");
    }

    public void activate() {}

    public void deactivate() {}

    /** False when runs are going and the user chose not to cancel them. */
    public boolean canClose() {
        return true;
    }

    public List<PluginCommand> commands() {
        return List.of();
    }

    public void stop() {}
}
