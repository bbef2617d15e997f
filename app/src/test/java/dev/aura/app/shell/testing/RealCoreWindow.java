package dev.aura.app.shell.testing;

import dev.aura.app.plugins.PluginHost;
import dev.aura.app.shell.ShellServices;
import dev.aura.app.shell.ShellWindow;
import dev.aura.app.shell.notify.ForwardingNotifier;
import dev.aura.core.AuraCore;
import dev.aura.core.AuraCoreFactory;
import dev.aura.core.testing.FakeOllamaServer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import javafx.stage.Stage;

/**
 * The window as the app starts it, in a TestFX stage: a real core on {@code dir}, the fake Ollama on loopback with
 * the given models, and the plugins {@code pluginLoader} provides.
 */
public final class RealCoreWindow implements AutoCloseable {
    public final FakeOllamaServer ollama;
    public final AuraCore core;
    public final PluginHost host;

    private RealCoreWindow(FakeOllamaServer ollama, AuraCore core, PluginHost host) {
        this.ollama = ollama;
        this.core = core;
        this.host = host;
    }

    /** On the FX thread (a TestFX {@code @Start} method); shows the stage. */
    public static RealCoreWindow open(Stage stage, Path dir, ClassLoader pluginLoader, String... models) {
        FakeOllamaServer ollama = new FakeOllamaServer();
        for (String model : models) {
            ollama.addModel(model);
        }
        AuraCore core = AuraCoreFactory.open(
                new AuraCoreFactory.Options(dir.toString(), ollama.url().toString(), Map.of(), true));
        core.settings().put("ui.language", "en");
        core.settings().putDouble("ui.window.width", 1000);
        core.settings().putDouble("ui.window.height", 720);
        ForwardingNotifier notifier = new ForwardingNotifier();
        PluginHost host = PluginHost.discover(pluginLoader, core.paths().pluginsDir(), core.settings());
        host.startAll(core, notifier, Locale.ENGLISH, true);
        ShellWindow.create(stage, new ShellServices(core, host, notifier));
        stage.show();
        return new RealCoreWindow(ollama, core, host);
    }

    @Override
    public void close() {
        host.stopAll();
        core.close();
        ollama.close();
    }
}
