package dev.aura.plugins.models.ui;

import dev.aura.core.util.Subscription;
import dev.aura.plugins.api.PluginCommand;
import dev.aura.plugins.api.PluginContext;
import dev.aura.plugins.models.AuditedModelCatalog;
import dev.aura.plugins.models.Messages;
import dev.aura.plugins.models.ModelTimes;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;

/**
 * The windowed half of the plugin: view model, view and palette commands. Created on the FX thread on first use,
 * so a headless CLI run never loads a JavaFX class.
 */
public final class ModelsUi {
    private final PluginContext context;
    private final ModelsViewModel vm;
    private final Messages messages;
    private final ModelTimes times;
    private ModelsView view;
    private List<PluginCommand> commands;
    private Subscription statusSubscription = Subscription.none();

    public ModelsUi(PluginContext context, Messages messages) {
        this(context, messages, Platform::runLater, Clock.systemDefaultZone());
    }

    public ModelsUi(PluginContext context, Messages messages, Executor uiThread, Clock clock) {
        this.context = context;
        this.messages = messages;
        this.times = new ModelTimes(messages, clock);
        this.vm = new ModelsViewModel(new AuditedModelCatalog(context.models(), context.audit()), context.tasks(),
                uiThread, messages, () -> context.ollama().baseUri(), context.notifier());
    }

    public Node createView() {
        if (view == null) {
            view = new ModelsView(vm, times, DeleteConfirmation.dialog(messages));
        }
        return view.root();
    }

    /** Panel shown: listen to Ollama's health and show fresh data. */
    public void activate() {
        statusSubscription.close();
        statusSubscription = vm.connect(context.events());
        vm.refresh();
    }

    public void deactivate() {
        statusSubscription.close();
        statusSubscription = Subscription.none();
    }

    /** A running pull would be cut off by closing the window. */
    public boolean canClose() {
        return !vm.pull().isPulling();
    }

    public void stop() {
        deactivate();
        vm.pull().cancel();
    }

    /** Built once: the shell may ask again, and each list binds to the view model. */
    public List<PluginCommand> commands() {
        if (commands == null) {
            commands = buildCommands();
        }
        return commands;
    }

    private List<PluginCommand> buildCommands() {
        String category = messages.text("commands.category");
        ReadOnlyBooleanWrapper canPull = new ReadOnlyBooleanWrapper();
        canPull.bind(vm.pull().pullingProperty().not());
        ReadOnlyBooleanWrapper canRefresh = new ReadOnlyBooleanWrapper();
        canRefresh.bind(vm.refreshingProperty().not());
        return List.of(
                new PluginCommand("models.pull", messages.text("commands.pull"), category,
                        KeyCombination.keyCombination("Shortcut+Shift+M"), canPull.getReadOnlyProperty(),
                        vm::requestPullFocus),
                new PluginCommand("models.refresh", messages.text("commands.refresh"), category,
                        KeyCombination.keyCombination("F5"), canRefresh.getReadOnlyProperty(), vm::refresh));
    }

    ModelsViewModel viewModel() {
        return vm;
    }
}
