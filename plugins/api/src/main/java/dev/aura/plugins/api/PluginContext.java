package dev.aura.plugins.api;

import dev.aura.core.events.EventBus;
import dev.aura.core.llm.LlmGateway;
import dev.aura.core.ollama.ModelCatalog;
import dev.aura.core.ollama.OllamaConnection;
import dev.aura.core.paths.AppPaths;
import dev.aura.core.settings.Settings;
import dev.aura.core.store.Store;
import dev.aura.core.tasks.TaskRunner;
import dev.aura.core.usage.UsageLog;
import java.util.Locale;

/** What a plugin may use: core services, its own settings scope and notifications. Nothing else. */
public interface PluginContext {
    Store store();

    LlmGateway llm();

    ModelCatalog models();

    OllamaConnection ollama();

    UsageLog usageLog();

    TaskRunner tasks();

    EventBus events();

    /** Settings scoped to "plugins.&lt;id&gt;". */
    Settings settings();

    AppPaths paths();

    Notifier notifier();

    /** The UI language; plugins load their resource bundles with it. */
    Locale locale();

    /** False when running headless from the CLI. */
    boolean hasWindow();

    /** Opens links in the user's browser; {@link LinkOpener#NONE} headless. */
    default LinkOpener links() {
        return LinkOpener.NONE;
    }
}
