package dev.aura.app.shell.testing;

import dev.aura.app.plugins.PluginHost;
import dev.aura.app.shell.ShellServices;
import dev.aura.app.shell.notify.ForwardingNotifier;
import dev.aura.core.AuraCore;
import dev.aura.core.evals.JdbiEvalLog;
import dev.aura.core.events.SimpleEventBus;
import dev.aura.core.testing.InMemoryAuditLog;
import dev.aura.core.usage.JdbiPriceBook;
import dev.aura.core.llm.LlmGateway;
import dev.aura.core.ollama.OllamaConnection;
import dev.aura.core.paths.AppPaths;
import dev.aura.core.settings.JsonFileSettings;
import dev.aura.core.settings.Settings;
import dev.aura.core.store.MigrationSource;
import dev.aura.core.store.MigrationStatus;
import dev.aura.core.store.Store;
import dev.aura.core.tasks.VirtualThreadTaskRunner;
import dev.aura.core.usage.UsageLog;
import dev.aura.core.usage.UsageRecord;
import dev.aura.plugins.api.AuraPlugin;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;

/**
 * A window's worth of services on a temp dir: real settings, event bus and task runner, the real PluginHost over
 * test plugins, and a controllable Ollama health. The store, LLM and usage log are not used by the shell.
 */
public final class ShellFixture implements AutoCloseable {
    public final Path dir;
    public final Settings settings;
    public final SimpleEventBus events = new SimpleEventBus();
    public final VirtualThreadTaskRunner tasks = new VirtualThreadTaskRunner();
    public final OllamaConnection connection = new OllamaConnection(OllamaConnection.DEFAULT);
    public final ControllableHealth health;
    public final ForwardingNotifier notifier = new ForwardingNotifier();
    public final AuraCore core;
    public final PluginHost host;
    public final ScriptedCatalog catalog = new ScriptedCatalog(connection);
    public final InMemoryAuditLog audit = new InMemoryAuditLog();

    public ShellFixture(Path dir, List<Class<? extends AuraPlugin>> plugins, Consumer<Settings> presets) {
        this.dir = dir;
        this.settings = JsonFileSettings.load(dir.resolve("config/settings.json"));
        presets.accept(settings);
        this.health = new ControllableHealth(events, connection.baseUri());
        AppPaths paths = new AppPaths(dir.resolve("config"), dir.resolve("data"), dir.resolve("cache"),
                dir.resolve("logs"), dir.resolve("plugins"));
        Store store = unusedStore();
        this.core = new AuraCore(paths, settings, store, events, tasks, connection, catalog, unusedLlm(),
                unusedUsage(), new JdbiPriceBook(store::jdbi, settings), audit, new JdbiEvalLog(store::jdbi), health);
        this.host = PluginHost.discover(new ServicesClassLoader(dir.resolve("services"), plugins), paths.pluginsDir(),
                settings);
        host.startAll(core, notifier, Locale.ENGLISH, true);
    }

    public ShellServices services() {
        return new ShellServices(core, host, notifier);
    }

    @SuppressWarnings("unchecked")
    public <T extends AuraPlugin> T plugin(String id) {
        return (T) host.find(id).orElseThrow().plugin().orElseThrow();
    }

    private static Store unusedStore() {
        return new Store() {
            @Override public Jdbi jdbi() { throw new UnsupportedOperationException("the shell never queries"); }
            @Override public MigrationStatus migrate(MigrationSource source) { throw new UnsupportedOperationException(); }
            @Override public List<MigrationStatus> migrationStatus() { return List.of(); }
            @Override public void close() {}
        };
    }

    private static LlmGateway unusedLlm() {
        return new LlmGateway() {
            @Override public dev.aura.core.llm.ChatResult chat(dev.aura.core.llm.ChatRequest r) {
                throw new UnsupportedOperationException();
            }
            @Override public dev.aura.core.llm.StreamHandle stream(dev.aura.core.llm.ChatRequest r,
                    dev.aura.core.llm.StreamListener l) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static UsageLog unusedUsage() {
        return new UsageLog() {
            @Override public void record(UsageRecord record) {}
            @Override public List<UsageRecord> recent(int limit) { return List.of(); }
            @Override public long count() { return 0; }
        };
    }

    @Override
    public void close() {
        host.stopAll();
        tasks.close();
    }
}
