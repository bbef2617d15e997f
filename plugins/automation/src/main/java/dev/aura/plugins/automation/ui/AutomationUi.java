package dev.aura.plugins.automation.ui;

import dev.aura.plugins.api.PluginCommand;
import dev.aura.plugins.automation.AutomationServices;
import dev.aura.plugins.automation.Messages;
import dev.aura.plugins.automation.ui.editor.AutomationPanel;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The Automation panel, created on the FX thread on first use: the workflow list and editor ({@code ui.editor}) and,
 * on the Runs tab, the run history, live runs and approvals ({@code ui.runs.RunsPane}); palette commands; shortcuts.
 */
public final class AutomationUi {
    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination RUN = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);

    private final AutomationPanel panel;
    private final Messages messages;
    private List<PluginCommand> commands;

    public AutomationUi(AutomationServices services, Messages messages) {
        this(services, messages, Platform::runLater, Clock.systemDefaultZone());
    }

    /** @param clock the "now" the cron trigger's next run times count from */
    public AutomationUi(AutomationServices services, Messages messages, Executor uiThread, Clock clock) {
        this.messages = messages;
        this.panel = new AutomationPanel(services, messages, uiThread, clock);
    }

    public Node createView() {
        boolean first = panel.root() == null;
        Node root = panel.createView();
        if (first) {
            root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (SAVE.match(e)) {
                    panel.save();
                    e.consume();
                } else if (RUN.match(e)) {
                    panel.run();
                    e.consume();
                }
            });
        }
        return root;
    }

    public void activate() {
        panel.activate();
    }

    public void deactivate() {
        // the panel keeps its draft while hidden; its listeners live on its own nodes
    }

    /** False when runs are going and the user chose not to cancel them (or to keep unsaved edits). */
    public boolean canClose() {
        return panel.root() == null || panel.canClose();
    }

    public List<PluginCommand> commands() {
        if (commands == null) {
            String category = messages.text("plugin.name");
            ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();
            shown.bind(panel.editorViewModel().draftProperty().isNotNull());
            commands = List.of(
                    PluginCommand.of("automation.new-workflow", messages.text("editor.command.new"), category, null,
                            panel::newWorkflow),
                    new PluginCommand("automation.save", messages.text("editor.command.save"), category, SAVE,
                            shown.getReadOnlyProperty(), panel::save),
                    new PluginCommand("automation.run", messages.text("editor.command.run"), category, RUN,
                            shown.getReadOnlyProperty(), panel::run),
                    PluginCommand.of("automation.import", messages.text("editor.command.import"), category, null,
                            panel::importChosen));
        }
        return commands;
    }

    public void stop() {
        panel.stop();
    }

    /** The wiring behind the view, for tests in this package. */
    AutomationPanel panel() {
        return panel;
    }
}
