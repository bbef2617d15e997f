package dev.aura.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import dev.aura.app.plugins.PluginHost;
import dev.aura.app.shell.notify.ForwardingNotifier;
import dev.aura.app.shell.testing.AlphaPlugin;
import dev.aura.app.shell.testing.Screenshots;
import dev.aura.app.shell.testing.ServicesClassLoader;
import dev.aura.core.AuraCore;
import dev.aura.core.AuraCoreFactory;
import dev.aura.core.testing.FakeOllamaServer;
import dev.aura.plugins.api.CorePluginContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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

/** The whole window on a real core (temp data dir) against the fake Ollama on loopback, taken down and back up. */
@ExtendWith(ApplicationExtension.class)
class OllamaOnboardingTest {
    @TempDir static Path tempRoot;
    private FakeOllamaServer ollama;
    private AuraCore core;
    private PluginHost host;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path dir = Files.createTempDirectory(tempRoot, "core");
        ollama = new FakeOllamaServer();
        ollama.addModel("llama3.2");
        core = AuraCoreFactory.open(new AuraCoreFactory.Options(dir.toString(), ollama.url().toString(), Map.of(), true));
        core.settings().put("ui.language", "en");
        core.settings().putDouble("ui.window.width", 1000);
        core.settings().putDouble("ui.window.height", 720);
        ForwardingNotifier notifier = new ForwardingNotifier();
        host = PluginHost.discover(new ServicesClassLoader(dir.resolve("services"), List.of(AlphaPlugin.class)),
                core.paths().pluginsDir(), core.settings());
        host.startAll(core.store(), d -> new CorePluginContext(core, d, notifier, Locale.ENGLISH, true));
        ShellWindow.create(stage, new ShellServices(core, host, notifier));
        stage.show();
    }

    @AfterEach
    void close() {
        host.stopAll();
        core.close();
        ollama.close();
    }

    private boolean onboardingVisible(FxRobot robot) {
        return robot.lookup("#onboarding").query().isVisible();
    }

    @Test
    void theOnboardingAppearsWhileOllamaIsDownAndLeavesWhenItComesBack(FxRobot robot) throws Exception {
        Label status = robot.lookup("#ollama-status").queryAs(Label.class);
        waitFor(10, TimeUnit.SECONDS, () -> status.getText().startsWith("Ollama 0.12.6"));
        waitForFxEvents();
        assertThat(robot.lookup("#ollama-models").queryAs(Label.class).getText()).isEqualTo("1 model");
        assertThat(onboardingVisible(robot)).isFalse();

        ollama.stop();
        waitFor(15, TimeUnit.SECONDS, () -> onboardingVisible(robot));
        assertThat(status.getText()).startsWith("Ollama not reachable");
        Screenshots.save(stage.getScene(), "shell-onboarding-fake-ollama-down");

        ollama.start();
        waitForFxEvents();
        robot.clickOn("#onboarding-retry");
        waitFor(10, TimeUnit.SECONDS, () -> !onboardingVisible(robot));
        assertThat(robot.lookup("#alpha-view-label").query().isVisible()).isTrue();
        assertThat(status.getText()).startsWith("Ollama 0.12.6");
    }
}
