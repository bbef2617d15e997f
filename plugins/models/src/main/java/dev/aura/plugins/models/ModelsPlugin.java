package dev.aura.plugins.models;

import dev.aura.plugins.api.AuraPlugin;
import dev.aura.plugins.api.PluginCommand;
import dev.aura.plugins.api.PluginContext;
import dev.aura.plugins.api.PluginDescriptor;
import dev.aura.plugins.models.cli.ModelsCommand;
import dev.aura.plugins.models.ui.ModelsUi;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;

/**
 * Installed and loaded Ollama models: the panel, palette commands and {@code aura models ...}. The only class that
 * bridges the SPI's JavaFX types; everything windowed is behind {@link ModelsUi}, created on first use on the FX
 * thread, so {@link #start} and {@link #cliCommands} never load JavaFX.
 */
public final class ModelsPlugin implements AuraPlugin {
    public static final String ID = "models";
    static final String VERSION = "0.1.0";

    private PluginContext context;
    private Messages messages;
    private ModelsUi ui;

    @Override
    public PluginDescriptor descriptor() {
        Messages text = messages != null ? messages : Messages.load(Locale.getDefault());
        return new PluginDescriptor(ID, text.text("plugin.name"), VERSION, PluginDescriptor.SPI_VERSION, "fth-box", 10);
    }

    @Override
    public void start(PluginContext pluginContext) {
        this.context = pluginContext;
        this.messages = Messages.load(pluginContext.locale());
    }

    @Override
    public void stop() {
        if (ui != null) {
            ui.stop();
        }
    }

    @Override
    public Node createView() {
        return ui().createView();
    }

    @Override
    public void activate() {
        ui().activate();
    }

    @Override
    public void deactivate() {
        if (ui != null) {
            ui.deactivate();
        }
    }

    @Override
    public boolean canClose() {
        return ui == null || ui.canClose();
    }

    @Override
    public List<PluginCommand> commands() {
        return ui().commands();
    }

    @Override
    public List<Object> cliCommands() {
        return List.of(new ModelsCommand(new AuditedModelCatalog(requireStarted().models(), context.audit()),
                context.tasks(), context.ollama(), messages));
    }

    private ModelsUi ui() {
        if (ui == null) {
            ui = new ModelsUi(requireStarted(), messages);
        }
        return ui;
    }

    private PluginContext requireStarted() {
        if (context == null) {
            throw new IllegalStateException("the models plugin is used before start()");
        }
        return context;
    }
}
