package dev.aura.plugins.api.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.AuraCore;
import dev.aura.core.AuraCoreFactory;
import dev.aura.core.testing.FakeOllamaServer;
import dev.aura.plugins.api.AuraPlugin;
import dev.aura.plugins.api.CorePluginContext;
import dev.aura.plugins.api.Notifier;
import dev.aura.plugins.api.PluginCommand;
import dev.aura.plugins.api.PluginContext;
import dev.aura.plugins.api.PluginDescriptor;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * What every plugin promises the shell (ARCHITECTURE.md §2). Each plugin's tests extend this with its own plugin; the
 * core is real (H2 in a temp dir) and Ollama is the fake server on loopback.
 */
public abstract class AbstractPluginContractTest {
    @TempDir protected Path dataDir;
    protected FakeOllamaServer ollama;
    protected AuraCore core;

    /** A new, not yet started instance of the plugin under test. */
    protected abstract AuraPlugin createPlugin();

    @BeforeEach
    void openCore() throws Exception {
        ollama = new FakeOllamaServer();
        core = AuraCoreFactory.open(new AuraCoreFactory.Options(dataDir.toString(), ollama.url().toString(), Map.of(), false));
    }

    @AfterEach
    void closeCore() {
        core.close();
        ollama.close();
    }

    protected PluginContext contextFor(PluginDescriptor descriptor) {
        return new CorePluginContext(core, descriptor, new CollectingNotifier(), java.util.Locale.ENGLISH, false);
    }

    protected AuraPlugin started() throws Exception {
        AuraPlugin plugin = createPlugin();
        plugin.migrations().ifPresent(core.store()::migrate);
        plugin.start(contextFor(plugin.descriptor()));
        return plugin;
    }

    @Test
    void descriptorIsCompleteAndMatchesThisSpi() {
        PluginDescriptor d = createPlugin().descriptor();
        assertThat(d.id()).matches("[a-z][a-z0-9-]*");
        assertThat(d.name()).isNotBlank();
        assertThat(d.version()).isNotBlank();
        assertThat(d.iconLiteral()).isNotBlank();
        assertThat(d.spiVersion()).isBetween(1, PluginDescriptor.SPI_VERSION);
    }

    @Test
    void isRegisteredForServiceLoader() {
        Class<? extends AuraPlugin> type = createPlugin().getClass();
        assertThat(ServiceLoader.load(AuraPlugin.class).stream().map(ServiceLoader.Provider::type)).contains(type);
    }

    @Test
    void migrationsApplyToAFreshDatabaseAndAreCurrent() throws Exception {
        AuraPlugin plugin = createPlugin();
        plugin.migrations().ifPresent(source -> {
            assertThat(source.id()).isEqualTo(plugin.descriptor().id());
            core.store().migrate(source);
            assertThat(core.store().migrationStatus())
                    .anySatisfy(s -> {
                        assertThat(s.sourceId()).isEqualTo(source.id());
                        assertThat(s.isCurrent()).isTrue();
                    });
        });
    }

    @Test
    void startsHeadlessAndStopsCleanly() throws Exception {
        AuraPlugin plugin = started();
        plugin.stop();
    }

    @Test
    void commandIdsAreUniqueAndNamespacedByThePluginId() throws Exception {
        AuraPlugin plugin = started();
        List<PluginCommand> commands = onFxThread(plugin::commands);
        Set<String> ids = new HashSet<>();
        for (PluginCommand c : commands) {
            assertThat(c.id()).startsWith(plugin.descriptor().id() + ".");
            assertThat(c.text()).isNotBlank();
            assertThat(ids.add(c.id())).as("duplicate command id %s", c.id()).isTrue();
        }
        plugin.stop();
    }

    @Test
    void cliCommandsAreValidPicocliCommands() throws Exception {
        AuraPlugin plugin = started();
        for (Object command : plugin.cliCommands()) {
            CommandLine cli = new CommandLine(command);
            assertThat(cli.getCommandName()).isNotBlank();
        }
        plugin.stop();
    }

    @Test
    void viewIsCreatedOnTheFxThreadAndSurvivesActivationCycles() throws Exception {
        AuraPlugin plugin = started();
        Node view = onFxThread(() -> {
            Node node = plugin.createView();
            plugin.activate();
            plugin.deactivate();
            plugin.activate();
            plugin.deactivate();
            return node;
        });
        assertThat(view).isNotNull();
        assertThat(onFxThread(plugin::canClose)).isTrue();
        plugin.stop();
    }

    protected static <T> T onFxThread(java.util.concurrent.Callable<T> action) throws Exception {
        FxToolkit.ensureStarted();
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    static final class FxToolkit {
        private static boolean started;

        static synchronized void ensureStarted() throws InterruptedException {
            if (started) {
                return;
            }
            java.util.concurrent.CountDownLatch latch = new java.util.concurrent.CountDownLatch(1);
            try {
                Platform.startup(latch::countDown);
            } catch (IllegalStateException alreadyRunning) {
                latch.countDown();
            }
            Platform.setImplicitExit(false);
            latch.await(30, TimeUnit.SECONDS);
            started = true;
        }
    }

    /** Notifications in tests are collected, not shown. */
    public static final class CollectingNotifier implements Notifier {
        public final List<String> messages = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void notify(Level level, String title, String text) {
            messages.add(level + ": " + title + ": " + text);
        }
    }
}
