package dev.aura.plugins.models;

import dev.aura.core.events.EventBus;
import dev.aura.core.events.SimpleEventBus;
import dev.aura.core.llm.LlmGateway;
import dev.aura.core.ollama.ModelCatalog;
import dev.aura.core.ollama.OllamaConnection;
import dev.aura.core.ollama.OllamaModelCatalog;
import dev.aura.core.paths.AppPaths;
import dev.aura.core.settings.JsonFileSettings;
import dev.aura.core.settings.Settings;
import dev.aura.core.store.Store;
import dev.aura.core.tasks.TaskRunner;
import dev.aura.core.usage.UsageLog;
import dev.aura.plugins.api.Notifier;
import dev.aura.plugins.api.PluginContext;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What the shell gives the models plugin, wired to a fake Ollama and a temp folder. The plugin never uses the store,
 * the LLM gateway or the usage log, so those are absent and any use of them fails loudly.
 */
record TestPluginContext(ModelCatalog models, OllamaConnection ollama, TaskRunner tasks, EventBus events,
        Settings settings, AppPaths paths, Notifier notifier, Locale locale, boolean hasWindow)
        implements PluginContext {

    static TestPluginContext create(URI ollamaUrl, TaskRunner tasks, Path dir, boolean window) {
        OllamaConnection connection = new OllamaConnection(ollamaUrl);
        AppPaths paths = new AppPaths(dir.resolve("config"), dir.resolve("data"), dir.resolve("cache"),
                dir.resolve("logs"), dir.resolve("plugins"));
        Settings settings = JsonFileSettings.load(paths.settingsFile()).scoped("plugins.models");
        return new TestPluginContext(new OllamaModelCatalog(connection), connection, tasks, new SimpleEventBus(),
                settings, paths, (level, title, text) -> {}, Locale.ENGLISH, window);
    }

    @Override
    public Store store() {
        throw new UnsupportedOperationException("the models plugin does not use the store");
    }

    @Override
    public LlmGateway llm() {
        throw new UnsupportedOperationException("the models plugin does not use the LLM gateway");
    }

    @Override
    public UsageLog usageLog() {
        throw new UnsupportedOperationException("the models plugin does not use the usage log");
    }
}
