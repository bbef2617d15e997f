package dev.aura.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import dev.aura.app.shell.testing.AlphaPlugin;
import dev.aura.app.shell.testing.BetaPlugin;
import dev.aura.app.shell.testing.BrokenPlugin;
import dev.aura.app.shell.testing.HiddenPlugin;
import dev.aura.app.shell.testing.Paragraphs;
import dev.aura.app.shell.testing.Screenshots;
import dev.aura.app.shell.testing.ShellFixture;
import dev.aura.app.shell.theme.ShellTheme;
import dev.aura.core.audit.AuditEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SettingsDialogTest {
    @TempDir static Path tempRoot;
    private ShellFixture fixture;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new ShellFixture(Files.createTempDirectory(tempRoot, "settings"),
                List.of(AlphaPlugin.class, BetaPlugin.class, BrokenPlugin.class, HiddenPlugin.class),
                settings -> {
                    settings.put("host.disabledPlugins", "hidden");
                    settings.put("ui.language", "en");
                    settings.put("ui.theme", "nord-dark");
                });
        ShellWindow.create(stage, fixture.services());
        stage.show();
    }

    @AfterEach
    void closeFixture() {
        fixture.close();
    }

    private void openSettings(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        waitForFxEvents();
        assertThat(robot.lookup("#settings-root").tryQuery()).isPresent();
    }

    private void showPage(FxRobot robot, int index) {
        ListView<?> pages = robot.lookup("#settings-pages").queryAs(ListView.class);
        robot.interact(() -> pages.getSelectionModel().select(index));
        waitForFxEvents();
    }

    @Test
    void testConnectionShowsTheOllamaVersionAndSavesTheUrl(FxRobot robot) throws Exception {
        openSettings(robot);
        robot.clickOn("#settings-test-connection");
        waitFor(5, TimeUnit.SECONDS, () -> Paragraphs.textOf(robot.lookup("#settings-test-result").query())
                .startsWith("Connected: Ollama 0.12.6"));
        assertThat(fixture.settings.get("ollama.url")).contains("http://127.0.0.1:11434");
        Screenshots.save(robot.lookup("#settings-root").query().getScene(), "shell-settings-general-nord-dark");
    }

    @Test
    void thePluginsPageListsEveryPluginWithItsStateAndCanDisableOne(FxRobot robot) {
        openSettings(robot);
        showPage(robot, 1);
        assertThat(robot.lookup("#plugin-state-alpha").queryAs(Label.class).getText()).isEqualTo("Started");
        assertThat(robot.lookup("#plugin-state-broken").queryAs(Label.class).getText()).isEqualTo("Failed");
        assertThat(robot.lookup("#plugin-state-hidden").queryAs(Label.class).getText()).isEqualTo("Disabled");
        Node page = robot.lookup("#settings-plugins").query();
        assertThat(Paragraphs.textOf(page)).contains("prompt card schema is newer than this plugin");
        Screenshots.save(page.getScene(), "shell-settings-plugins-nord-dark");

        robot.clickOn("#plugin-enabled-beta");
        assertThat(fixture.host.isEnabled("beta")).isFalse();
        robot.clickOn("#plugin-enabled-hidden");
        assertThat(fixture.host.isEnabled("hidden")).isTrue();
    }

    @Test
    void aPluginWithASettingsPageGetsItsOwnPage(FxRobot robot) {
        openSettings(robot);
        ListView<?> pages = robot.lookup("#settings-pages").queryAs(ListView.class);
        assertThat(pages.getItems()).map(Object::toString).containsExactly("General", "Plugins", "Models");
        showPage(robot, 2);
        assertThat(robot.lookup("Model settings").tryQuery()).isPresent();
    }

    @Test
    void choosingThaiOffersARestartThatRebuildsTheWindowInThai(FxRobot robot) {
        openSettings(robot);
        robot.clickOn("#settings-language");
        robot.clickOn("ไทย (Thai)");
        waitForFxEvents();
        assertThat(robot.lookup("#settings-restart").query().isVisible()).isTrue();
        robot.clickOn("#settings-restart");
        waitForFxEvents();

        assertThat(robot.lookup("#settings-root").tryQuery()).isEmpty();
        assertThat(robot.lookup("ไฟล์").tryQuery()).isPresent();
        openSettings(robot);
        showPage(robot, 1);
        Screenshots.save(robot.lookup("#settings-root").query().getScene(), "shell-settings-plugins-thai");
    }

    @Test
    void themeLanguageAndPluginChangesAreAuditedWithoutGeometry(FxRobot robot) throws Exception {
        openSettings(robot);
        ComboBox<ShellTheme> theme = robot.lookup("#settings-theme").queryComboBox();
        robot.interact(() -> theme.setValue(ShellTheme.DRACULA));
        showPage(robot, 1);
        robot.clickOn("#plugin-enabled-beta");
        showPage(robot, 0);
        robot.clickOn("#settings-language");
        robot.clickOn("ไทย (Thai)");
        waitForFxEvents();

        waitFor(5, TimeUnit.SECONDS, () -> fixture.audit.count() == 3);
        List<AuditEntry> entries = fixture.audit.page(Long.MAX_VALUE, 10).reversed();
        assertThat(entries).extracting(AuditEntry::action).containsOnly("settings.changed");
        assertThat(entries).extracting(AuditEntry::subject)
                .containsExactlyInAnyOrder("ui.theme", "plugins.beta.enabled", "ui.language");
        assertThat(entries).filteredOn(e -> e.subject().equals("ui.theme")).singleElement()
                .satisfies(e -> assertThat(e.details()).isEqualTo("{\"from\":\"nord-dark\",\"to\":\"dracula\"}"));
        assertThat(entries).filteredOn(e -> e.subject().equals("plugins.beta.enabled")).singleElement()
                .satisfies(e -> assertThat(e.details()).isEqualTo("{\"plugin\":\"beta\",\"to\":false}"));
    }
}
