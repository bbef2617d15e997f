package dev.aura.plugins.prompts;

import dev.aura.core.store.MigrationSource;
import dev.aura.plugins.api.AuraPlugin;
import dev.aura.plugins.api.PluginCommand;
import dev.aura.plugins.api.PluginContext;
import dev.aura.plugins.api.PluginDescriptor;
import dev.aura.plugins.prompts.cards.CardPromptLibrary;
import dev.aura.plugins.prompts.store.PromptsSchema;
import dev.aura.plugins.prompts.ui.PromptsUi;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;

/**
 * Prompt Cards: prompt templates with versions and tests, run across local models, compatible with promptfoo; and
 * {@code aura cards}. The window half ({@link PromptsUi}) is created on the FX thread on first use, so {@link #start}
 * and {@link #cliCommands} never load JavaFX.
 */
public final class PromptsPlugin implements AuraPlugin {
    public static final String ID = "prompts";
    static final String VERSION = "0.1.0";
    /** After Chat (10) and Models, before Analytics (40): where prompts are written and tested. */
    static final int ORDER = 30;

    private PluginContext context;
    private Messages messages;
    private PromptsServices services;
    private PromptsUi ui;

    @Override
    public PluginDescriptor descriptor() {
        Messages text = messages != null ? messages : Messages.load(Locale.getDefault());
        return new PluginDescriptor(ID, text.text("plugin.name"), VERSION, PluginDescriptor.SPI_VERSION,
                "fth-clipboard", ORDER);
    }

    @Override
    public Optional<MigrationSource> migrations() {
        return Optional.of(PromptsSchema.MIGRATIONS);
    }

    @Override
    public void start(PluginContext pluginContext) {
        this.context = pluginContext;
        this.messages = Messages.load(pluginContext.locale());
        this.services = PromptsServices.create(pluginContext);
        pluginContext.prompts().provide(new CardPromptLibrary(services.cards()));
    }

    @Override
    public void stop() {
        if (ui != null) {
            ui.stop();
            ui = null;
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
    public List<PluginCommand> commands() {
        return ui().commands();
    }

    @Override
    public List<Object> cliCommands() {
        requireStarted();
        return PromptsCli.commands(services, messages);
    }

    private PromptsUi ui() {
        if (ui == null) {
            requireStarted();
            ui = new PromptsUi(services, messages);
        }
        return ui;
    }

    private void requireStarted() {
        if (context == null || services == null) {
            throw new IllegalStateException("the prompt cards plugin is used before start()");
        }
    }
}
