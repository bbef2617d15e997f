package dev.aura.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import dev.aura.app.shell.testing.AlphaPlugin;
import dev.aura.app.shell.testing.RealCoreWindow;
import dev.aura.app.shell.testing.Screenshots;
import dev.aura.app.shell.testing.ServicesClassLoader;
import dev.aura.core.testing.FakeOllamaServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    private RealCoreWindow window;
    private FakeOllamaServer ollama;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path dir = Files.createTempDirectory(tempRoot, "core");
        var plugins = new ServicesClassLoader(dir.resolve("services"), List.of(AlphaPlugin.class));
        window = RealCoreWindow.open(stage, dir, plugins, "llama3.2");
        ollama = window.ollama;
    }

    @AfterEach
    void close() {
        window.close();
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
