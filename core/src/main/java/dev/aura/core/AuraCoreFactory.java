package dev.aura.core;

import dev.aura.core.audit.JdbiAuditLog;
import dev.aura.core.evals.JdbiEvalLog;
import dev.aura.core.events.SimpleEventBus;
import dev.aura.core.llm.OllamaLlmGateway;
import dev.aura.core.ollama.OllamaConnection;
import dev.aura.core.ollama.OllamaHealthMonitor;
import dev.aura.core.ollama.OllamaModelCatalog;
import dev.aura.core.paths.AppPaths;
import dev.aura.core.settings.JsonFileSettings;
import dev.aura.core.store.H2Store;
import dev.aura.core.store.LazyStore;
import dev.aura.core.store.Store;
import dev.aura.core.tasks.VirtualThreadTaskRunner;
import dev.aura.core.usage.JdbiPriceBook;
import dev.aura.core.usage.JdbiUsageLog;
import java.util.Map;

/** Builds the {@link AuraCore} of one profile (ADR 0002). */
public final class AuraCoreFactory {
    /** Settings key of the Ollama URL chosen in Settings. */
    public static final String OLLAMA_URL_KEY = "ollama.url";

    /**
     * @param dataDir   --data-dir, or null for AURA_HOME / the OS folders
     * @param ollamaUrl --ollama-url, or null for OLLAMA_HOST / the saved setting / the default
     * @param window    true when a window runs: the store opens at once (off the FX thread), not on first use
     */
    public record Options(String dataDir, String ollamaUrl, Map<String, String> env, boolean window) {
        public Options {
            env = env == null ? Map.of() : Map.copyOf(env);
        }
    }

    private AuraCoreFactory() {}

    public static AuraCore open(Options options) {
        AppPaths paths = AppPaths.resolve(options.dataDir(), options.env(), System.getProperty("os.name"),
                        java.nio.file.Path.of(System.getProperty("user.home")))
                .createDirectories();
        JsonFileSettings settings = JsonFileSettings.load(paths.settingsFile());
        OllamaConnection ollama = new OllamaConnection(
                OllamaConnection.resolve(options.ollamaUrl(), options.env(), settings.get(OLLAMA_URL_KEY, null)));
        Store store = new LazyStore(() -> H2Store.open(paths.databaseBase()));
        SimpleEventBus events = new SimpleEventBus();
        JdbiUsageLog usage = new JdbiUsageLog(store::jdbi);
        return new AuraCore(paths, settings, store, events, new VirtualThreadTaskRunner(), ollama,
                new OllamaModelCatalog(ollama), new OllamaLlmGateway(ollama, usage), usage,
                new JdbiPriceBook(store::jdbi, settings), new JdbiAuditLog(store::jdbi, options.window() ? "window" : "cli"),
                new JdbiEvalLog(store::jdbi), new OllamaHealthMonitor(ollama, events));
    }
}
