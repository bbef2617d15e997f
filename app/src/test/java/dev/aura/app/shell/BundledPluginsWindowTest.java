package dev.aura.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import dev.aura.app.plugins.LoadedPlugin;
import dev.aura.app.plugins.PluginHost;
import dev.aura.app.plugins.PluginState;
import dev.aura.app.shell.i18n.UiLanguage;
import dev.aura.app.shell.notify.ForwardingNotifier;
import dev.aura.app.shell.testing.Screenshots;
import dev.aura.core.AuraCore;
import dev.aura.core.AuraCoreFactory;
import dev.aura.core.testing.FakeOllamaServer;
import dev.aura.plugins.api.CorePluginContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window as the app starts it: real core, the bundled plugins from the class path, the fake Ollama. */
@ExtendWith(ApplicationExtension.class)
class BundledPluginsWindowTest {
    @TempDir static Path tempRoot;
    private FakeOllamaServer ollama;
    private AuraCore core;
    private PluginHost host;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        ollama = new FakeOllamaServer();
        ollama.addModel("llama3.2").addModel("qwen2.5:7b");
        core = AuraCoreFactory.open(new AuraCoreFactory.Options(
                Files.createTempDirectory(tempRoot, "bundled").toString(), ollama.url().toString(), Map.of(), true));
        core.settings().put("ui.language", "en");
        core.settings().putDouble("ui.window.width", 1000);
        core.settings().putDouble("ui.window.height", 720);
        ForwardingNotifier notifier = new ForwardingNotifier();
        host = PluginHost.discover(getClass().getClassLoader(), core.paths().pluginsDir(), core.settings());
        var locale = UiLanguage.current(core.settings()).locale();
        host.startAll(core.store(), d -> new CorePluginContext(core, d, notifier, locale, true));
        ShellWindow.create(stage, new ShellServices(core, host, notifier));
        stage.show();
    }

    @AfterEach
    void close() {
        host.stopAll();
        core.close();
        ollama.close();
    }

    @Test
    void theBundledModelsPluginStartsAndItsPanelOpens(FxRobot robot) throws Exception {
        LoadedPlugin models = host.find("models").orElseThrow();
        assertThat(models.state()).as(models.failureSummary()).isEqualTo(PluginState.STARTED);
        assertThat(robot.lookup("#nav-models").tryQuery()).isPresent();

        robot.clickOn("#nav-models");
        Label status = robot.lookup("#ollama-status").queryAs(Label.class);
        waitFor(10, TimeUnit.SECONDS, () -> status.getText().startsWith("Ollama 0.12.6"));
        waitForFxEvents();
        assertThat(robot.lookup("#panel-failure").tryQuery()).isEmpty();
        assertThat(models.state()).isEqualTo(PluginState.STARTED);
        Thread.sleep(500); // let the panel's first background load land before the picture
        Screenshots.save(stage.getScene(), "shell-with-models-plugin");
    }
}
