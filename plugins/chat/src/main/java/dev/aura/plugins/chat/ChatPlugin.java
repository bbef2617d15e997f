package dev.aura.plugins.chat;

import dev.aura.core.store.MigrationSource;
import dev.aura.plugins.api.AuraPlugin;
import dev.aura.plugins.api.PluginCommand;
import dev.aura.plugins.api.PluginContext;
import dev.aura.plugins.api.PluginDescriptor;
import dev.aura.plugins.api.SettingsPage;
import dev.aura.plugins.chat.search.LazyMessageIndex;
import dev.aura.plugins.chat.search.LuceneMessageIndex;
import dev.aura.plugins.chat.store.jdbi.ChatSchema;
import dev.aura.plugins.chat.service.ChatBackend;
import dev.aura.plugins.chat.service.ChatBackends;
import dev.aura.plugins.chat.ui.ChatUi;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;

/**
 * Conversations with local models: the panel, palette commands, settings page and {@code aura chat ...}. The only
 * class that bridges the SPI's JavaFX types; everything windowed is behind {@link ChatUi}, created on first use on
 * the FX thread, so {@link #start} and {@link #cliCommands} never load JavaFX.
 */
public final class ChatPlugin implements AuraPlugin {
    public static final String ID = "chat";
    static final String VERSION = "0.1.0";
    /** Before Models in the rail: chatting is what most users open the app for. */
    static final int ORDER = 5;

    private PluginContext context;
    private Messages messages;
    private ChatBackend backend;
    private ChatUi ui;

    @Override
    public PluginDescriptor descriptor() {
        Messages text = messages != null ? messages : Messages.load(Locale.getDefault());
        return new PluginDescriptor(ID, text.text("plugin.name"), VERSION, PluginDescriptor.SPI_VERSION,
                "fth-message-square", ORDER);
    }

    @Override
    public Optional<MigrationSource> migrations() {
        return Optional.of(ChatSchema.MIGRATIONS);
    }

    /** Opens the search index next to the database and the backend over core's services. */
    @Override
    public void start(PluginContext pluginContext) {
        this.context = pluginContext;
        this.messages = Messages.load(pluginContext.locale());
        Path indexDir = pluginContext.paths().dataDir().resolve("chat-index");
        LazyMessageIndex index = new LazyMessageIndex(() -> LuceneMessageIndex.open(indexDir));
        try {
            this.backend = ChatBackends.open(pluginContext.store(), pluginContext.llm(), pluginContext.tasks(),
                    pluginContext.settings(), index, pluginContext.locale(), pluginContext.hasWindow());
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
    }

    @Override
    public void stop() {
        if (ui != null) {
            ui.stop();
        }
        if (backend != null) {
            backend.close();
            backend = null;
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
    public Optional<SettingsPage> settingsPage() {
        return Optional.of(ui().settingsPage());
    }

    @Override
    public List<Object> cliCommands() {
        requireStarted();
        return ChatCli.commands(context, backend);
    }

    private ChatUi ui() {
        if (ui == null) {
            ui = new ChatUi(requireStarted(), backend, messages);
        }
        return ui;
    }

    private PluginContext requireStarted() {
        if (context == null || backend == null) {
            throw new IllegalStateException("the chat plugin is used before start()");
        }
        return context;
    }
}
