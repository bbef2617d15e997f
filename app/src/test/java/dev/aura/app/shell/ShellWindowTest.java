package dev.aura.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import atlantafx.base.controls.ModalPane;
import dev.aura.app.plugins.PluginState;
import dev.aura.app.shell.testing.AlphaPlugin;
import dev.aura.app.shell.testing.BetaPlugin;
import dev.aura.app.shell.testing.BrokenPlugin;
import dev.aura.app.shell.testing.HiddenPlugin;
import dev.aura.app.shell.testing.Screenshots;
import dev.aura.app.shell.testing.ShellFixture;
import dev.aura.app.shell.testing.TestPlugin;
import dev.aura.app.shell.theme.ShellTheme;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ShellWindowTest {
    @TempDir static Path tempRoot;
    private ShellFixture fixture;
    private ShellWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path dir = java.nio.file.Files.createTempDirectory(tempRoot, "shell");
        fixture = new ShellFixture(dir,
                List.of(AlphaPlugin.class, BetaPlugin.class, BrokenPlugin.class, HiddenPlugin.class),
                settings -> {
                    settings.put("host.disabledPlugins", "hidden");
                    settings.put("ui.language", "en");
                    settings.putDouble("ui.window.width", 1100);
                    settings.putDouble("ui.window.height", 720);
                });
        window = ShellWindow.create(stage, fixture.services());
        stage.show();
    }

    @AfterEach
    void closeFixture() {
        fixture.close();
    }

    @Test
    void theRailHasOneEntryPerEnabledPluginInOrder(FxRobot robot) {
        List<String> ids = robot.lookup(".nav-item").queryAllAs(ToggleButton.class).stream().map(Node::getId).toList();
        assertThat(ids).containsExactly("nav-alpha", "nav-beta", "nav-broken");
        assertThat(robot.lookup("#nav-alpha").queryAs(ToggleButton.class).isSelected()).isTrue();
        Screenshots.save(stage.getScene(), "shell-primer-light");
    }

    @Test
    void panelsAreCreatedOnFirstActivationAndDeactivatedWhenLeft(FxRobot robot) {
        TestPlugin alpha = fixture.plugin("alpha");
        TestPlugin beta = fixture.plugin("beta");
        assertThat(alpha.calls).containsExactly("start", "createView", "activate");
        assertThat(beta.calls).containsExactly("start");

        robot.clickOn("#nav-beta");
        robot.clickOn("#nav-alpha");
        robot.clickOn("#nav-beta");

        assertThat(alpha.calls).containsExactly("start", "createView", "activate", "deactivate", "activate", "deactivate");
        assertThat(beta.calls).containsExactly("start", "createView", "activate", "deactivate", "activate");
        assertThat(fixture.settings.get("ui.lastPanel")).contains("beta");
    }

    @Test
    void aFailedPluginShowsItsCauseInItsSlot(FxRobot robot) {
        assertThat(fixture.host.find("broken").orElseThrow().state()).isEqualTo(PluginState.FAILED);
        robot.clickOn("#nav-broken");
        Label cause = robot.lookup("#panel-failure-cause").queryAs(Label.class);
        assertThat(cause.getText()).contains("prompt card schema is newer than this plugin");
        assertThat(robot.lookup("#nav-broken").query().getStyleClass()).contains("failed");
    }

    @Test
    void ctrlKOpensThePaletteAndEnterSwitchesThePanel(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitForFxEvents();
        assertThat(robot.lookup("#command-palette").tryQuery()).isPresent();
        robot.write("go to models");
        waitForFxEvents();
        Screenshots.save(stage.getScene(), "shell-palette");
        robot.type(KeyCode.ENTER);
        waitForFxEvents();

        assertThat(robot.lookup("#beta-view-label").tryQuery()).isPresent();
        assertThat(robot.lookup("#nav-beta").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void theToolbarOpensThePaletteAndSettings(FxRobot robot) throws Exception {
        robot.clickOn("#toolbar-palette");
        ModalPane modal = robot.lookup("#modal").queryAs(ModalPane.class);
        waitFor(5, TimeUnit.SECONDS, modal::isDisplay);
        robot.type(KeyCode.ESCAPE);
        waitFor(5, TimeUnit.SECONDS, () -> !modal.isDisplay());

        robot.clickOn("#toolbar-settings");
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#settings-root").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#settings-root").query().getScene().getWindow().hide());
    }

    @Test
    void escapeClosesThePalette(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitForFxEvents();
        robot.type(KeyCode.ESCAPE);
        ModalPane modal = robot.lookup("#modal").queryAs(ModalPane.class);
        waitFor(5, TimeUnit.SECONDS, () -> !modal.isDisplay());
    }

    @Test
    void aClickOutsideClosesThePaletteAndCtrlKOpensItAgain(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitForFxEvents();
        ModalPane modal = robot.lookup("#modal").queryAs(ModalPane.class);
        assertThat(modal.isDisplay()).isTrue();
        robot.clickOn(stage.getX() + 150, stage.getY() + stage.getHeight() - 80);
        waitFor(5, TimeUnit.SECONDS, () -> !modal.isDisplay());

        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitFor(5, TimeUnit.SECONDS, modal::isDisplay);
    }

    @Test
    void theThemeChangesAtRuntimeAndIsRemembered(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        robot.write("dracula");
        robot.type(KeyCode.ENTER);
        waitForFxEvents();

        assertThat(Application.getUserAgentStylesheet()).isEqualTo(ShellTheme.DRACULA.userAgentStylesheet());
        assertThat(fixture.settings.get("ui.theme")).contains("dracula");
        Screenshots.save(stage.getScene(), "shell-dracula");
    }

    @Test
    void everyThemeCanBeChosenFromTheCommandList(FxRobot robot) {
        fixture.health.reachable("0.12.6", 3);
        fixture.notifier.notify(dev.aura.plugins.api.Notifier.Level.SUCCESS, "Model pulled", "llama3.2 is ready to use.");
        for (ShellTheme theme : ShellTheme.values()) {
            var command = window.commands().stream().filter(c -> c.id().equals("shell.theme." + theme.id())).findFirst();
            assertThat(command).as(theme.id()).isPresent();
            robot.interact(() -> command.get().action().run());
            assertThat(Application.getUserAgentStylesheet()).isEqualTo(theme.userAgentStylesheet());
            assertThat(fixture.settings.get("ui.theme")).contains(theme.id());
            Screenshots.save(stage.getScene(), "shell-theme-" + theme.id());
        }
    }

    @Test
    void aboutShowsWhatAuraIsAndItsVersions(FxRobot robot) {
        var about = window.commands().stream().filter(c -> c.id().equals("shell.about")).findFirst().orElseThrow();
        robot.interact(() -> about.action().run());
        waitForFxEvents();
        Node dialog = robot.lookup(".dialog-pane").query();
        assertThat(dev.aura.app.shell.testing.Paragraphs.textOf(dialog))
                .contains("Aura Workstation", "Ollama", "Java " + Runtime.version());
        Screenshots.save(dialog.getScene(), "shell-about");
        robot.interact(() -> dialog.getScene().getWindow().hide());
    }

    @Test
    void aPluginShortcutRunsItsCommand(FxRobot robot) {
        BetaPlugin beta = fixture.plugin("beta");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        waitForFxEvents();
        assertThat(beta.refreshes).hasValue(1);
    }

    @Test
    void pluginNotificationsShowAsToastsFromAnyThread(FxRobot robot) throws Exception {
        TestPlugin alpha = fixture.plugin("alpha");
        Thread.ofVirtual().start(() -> alpha.context().notifier().info("Model pulled", "llama3.2 is ready")).join();
        waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#toasts").queryAs(Pane.class).getChildren().isEmpty());
    }

    @Test
    void runningJobsShowInTheStatusBarUntilTheyFinish(FxRobot robot) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        fixture.tasks.submit("Pull llama3.2", ctx -> {
            ctx.progress(0.4, "layer 2 of 5");
            release.await();
            return null;
        });
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#jobs").lookup("Pull llama3.2").tryQuery().isPresent());
        Screenshots.save(stage.getScene(), "shell-status-job");
        release.countDown();
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#jobs").queryAs(Pane.class).getChildren().isEmpty());
    }

    @Test
    void theStatusBarFollowsOllamaHealthEvents(FxRobot robot) throws Exception {
        fixture.health.reachable("0.12.6", 3);
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#ollama-status").queryAs(Label.class).getText()
                .equals("Ollama 0.12.6 · http://127.0.0.1:11434"));
        waitForFxEvents();
        assertThat(robot.lookup("#ollama-models").queryAs(Label.class).getText()).isEqualTo("3 models");
    }

    @Test
    void switchingLanguageRebuildsTheWindowInThai(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        robot.write("language");
        robot.type(KeyCode.ENTER);
        waitForFxEvents();

        assertThat(fixture.settings.get("ui.language")).contains("th");
        assertThat(robot.lookup(".menu-bar .menu").queryAll()).isNotEmpty();
        assertThat(robot.lookup("ไฟล์").tryQuery()).isPresent();
        TestPlugin alpha = fixture.plugin("alpha");
        assertThat(alpha.calls).containsOnlyOnce("createView");
        fixture.health.unreachable("Connection refused");
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#onboarding").query().isVisible());
        Screenshots.save(stage.getScene(), "shell-thai-onboarding");

        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitForFxEvents();
        assertThat(robot.lookup("ไปที่ Chat").tryQuery()).isPresent();
        Screenshots.save(stage.getScene(), "shell-thai-palette");
    }
}
