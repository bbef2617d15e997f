package dev.aura.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import dev.aura.app.plugins.PluginState;
import dev.aura.app.shell.testing.AlphaPlugin;
import dev.aura.app.shell.testing.FlakyPlugin;
import dev.aura.app.shell.testing.ShellFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class PanelFailureTest {
    @TempDir static Path tempRoot;
    private ShellFixture fixture;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new ShellFixture(Files.createTempDirectory(tempRoot, "failure"),
                List.of(AlphaPlugin.class, FlakyPlugin.class), settings -> {
                    settings.put("ui.language", "en");
                    settings.putDouble("ui.window.width", 1000);
                    settings.putDouble("ui.window.height", 720);
                });
        ShellWindow.create(stage, fixture.services());
        stage.show();
    }

    @AfterEach
    void closeFixture() {
        fixture.close();
    }

    @Test
    void aPanelThatThrowsWhenShownIsReplacedByItsErrorAndTheOthersKeepWorking(FxRobot robot) {
        robot.clickOn("#nav-flaky");
        waitForFxEvents();

        assertThat(fixture.host.find("flaky").orElseThrow().state()).isEqualTo(PluginState.FAILED);
        assertThat(robot.lookup("#panel-failure-cause").queryAs(Label.class).getText())
                .isEqualTo("Cause: NoClassDefFoundError: org/apache/lucene/index/IndexWriter");
        assertThat(robot.lookup("#flaky-view").tryQuery()).isEmpty();
        assertThat(robot.lookup("#nav-flaky").query().getStyleClass()).contains("failed");

        robot.clickOn("#nav-alpha");
        waitForFxEvents();
        assertThat(robot.lookup("#alpha-view-label").query().isVisible()).isTrue();
        robot.clickOn("#nav-flaky");
        waitForFxEvents();
        assertThat(robot.lookup("#panel-failure-cause").tryQuery()).isPresent();
    }
}
