package dev.aura.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import dev.aura.app.shell.testing.AlphaPlugin;
import dev.aura.app.shell.testing.ShellFixture;
import dev.aura.app.shell.testing.TestPlugin;
import dev.aura.app.shell.window.WindowBounds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.layout.Pane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class WindowLifecycleTest {
    @TempDir static Path tempRoot;
    private ShellFixture fixture;
    private ShellWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        fixture = new ShellFixture(Files.createTempDirectory(tempRoot, "lifecycle"), List.of(AlphaPlugin.class),
                settings -> {
                    settings.put("ui.language", "en");
                    new WindowBounds(40, 30, 700, 500, false).save(settings);
                });
        window = ShellWindow.create(stage, fixture.services());
        stage.show();
    }

    @AfterEach
    void closeFixture() {
        fixture.close();
    }

    @Test
    void theWindowOpensWhereItWasLeftClampedToTheScreen() {
        var expected = new WindowBounds(40, 30, 700, 500, false)
                .clampTo(Screen.getScreens().stream().map(Screen::getVisualBounds).toList());
        assertThat(stage.getX()).isEqualTo(expected.x());
        assertThat(stage.getY()).isEqualTo(expected.y());
        assertThat(stage.getWidth()).isEqualTo(expected.width());
        assertThat(stage.getHeight()).isEqualTo(expected.height());
    }

    @Test
    void aBusyPanelVetoesQuittingWithAToastAndQuittingSavesTheBounds(FxRobot robot) throws Exception {
        TestPlugin alpha = fixture.plugin("alpha");
        alpha.busy = true;
        robot.interact(window::quit);
        assertThat(stage.isShowing()).isTrue();
        waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#toasts").queryAs(Pane.class).getChildren().isEmpty());

        alpha.busy = false;
        robot.interact(() -> {
            stage.setX(60);
            stage.setWidth(760);
        });
        robot.interact(window::quit);
        assertThat(stage.isShowing()).isFalse();
        assertThat(alpha.calls).endsWith("deactivate");
        WindowBounds saved = WindowBounds.load(fixture.settings).orElseThrow();
        assertThat(saved.x()).isEqualTo(60);
        assertThat(saved.width()).isEqualTo(760);
    }
}
