package dev.aura.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import dev.aura.app.shell.testing.AlphaPlugin;
import dev.aura.app.shell.testing.Paragraphs;
import dev.aura.app.shell.testing.Screenshots;
import dev.aura.app.shell.testing.ShellFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The onboarding panel driven by health events; the end-to-end variant against a fake Ollama is OllamaOnboardingTest. */
@ExtendWith(ApplicationExtension.class)
class OnboardingTest {
    @TempDir static Path tempRoot;
    private ShellFixture fixture;
    private Stage stage;
    private final List<String> opened = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        fixture = new ShellFixture(Files.createTempDirectory(tempRoot, "onboarding"), List.of(AlphaPlugin.class),
                settings -> {
                    settings.put("ui.language", "en");
                    settings.put("ui.theme", "primer-dark");
                    settings.putDouble("ui.window.width", 1000);
                    settings.putDouble("ui.window.height", 720);
                });
        ShellWindow.create(stage, fixture.services().withLinks(opened::add));
        stage.show();
    }

    @AfterEach
    void closeFixture() {
        fixture.close();
    }

    @Test
    void nothingIsShownBeforeTheFirstCheck(FxRobot robot) {
        assertThat(robot.lookup("#onboarding").query().isVisible()).isFalse();
    }

    @Test
    void itAppearsWhenOllamaIsUnreachableAndGoesAwayWhenItAnswers(FxRobot robot) throws Exception {
        fixture.health.unreachable("Connection refused");
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#onboarding").query().isVisible());
        waitForFxEvents();
        String text = Paragraphs.textOf(robot.lookup("#onboarding").query());
        assertThat(text).contains("Ollama is not running", "https://ollama.com/download", "ollama serve",
                "ollama pull llama3.2", "Connection refused");
        Screenshots.save(stage.getScene(), "shell-onboarding-primer-dark");

        fixture.health.reachable("0.12.6", 2);
        waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#onboarding").query().isVisible());
        waitForFxEvents();
        assertThat(robot.lookup("#alpha-view-label").query().isVisible()).isTrue();
    }

    @Test
    void retryAsksForACheckAndTheCommandsCanBeCopied(FxRobot robot) throws Exception {
        fixture.health.unreachable("Connection refused");
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#onboarding").query().isVisible());
        waitForFxEvents();

        robot.clickOn("#onboarding-retry");
        assertThat(fixture.health.checks).hasValue(1);

        robot.clickOn("#copy-pull");
        waitForFxEvents();
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).isEqualTo("ollama pull llama3.2");
    }

    @Test
    void theDownloadLinkOpensInTheBrowser(FxRobot robot) throws Exception {
        fixture.health.unreachable("Connection refused");
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#onboarding").query().isVisible());
        waitForFxEvents();
        robot.clickOn("#ollama-download-link");
        assertThat(opened).containsExactly("https://ollama.com/download");
    }
}
