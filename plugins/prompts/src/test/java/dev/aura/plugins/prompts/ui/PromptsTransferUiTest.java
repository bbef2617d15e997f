package dev.aura.plugins.prompts.ui;

import static dev.aura.plugins.prompts.ui.PromptsViewUiTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.aura.plugins.api.PluginCommand;
import dev.aura.plugins.prompts.checks.Finding;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Import and export from the window, the palette commands, and the checks following the template as it changes. */
@ExtendWith(ApplicationExtension.class)
class PromptsTransferUiTest {
    private PromptsUiFixture fixture;
    private PromptsUi ui;
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    private void show(FxRobot robot, Path dir) {
        fixture = new PromptsUiFixture(dir, Locale.ENGLISH);
        ui = fixture.ui();
        robot.interact(() -> {
            stage.setScene(new Scene((Parent) ui.createView(), 1280, 860));
            stage.show();
        });
    }

    @Test
    void anImportedConfigIsShownWithItsWarningsAndExportsAgain(@TempDir Path dir, FxRobot robot) throws Exception {
        show(robot, dir);
        Path config = resource("/promptfoo/example/promptfooconfig.yaml");
        robot.interact(() -> ui.importFile(config));
        waitFor(() -> ui.editorViewModel().saved() != null);
        assertThat(ui.editorViewModel().draft().title()).isEqualTo("Translation quality");
        ListView<?> list = robot.lookup("#card-list").queryListView();
        waitFor(() -> list.getSelectionModel().getSelectedIndex() == 0);
        assertThat(fixture.notifications).anyMatch(n -> n.startsWith("SUCCESS: Card imported"));
        waitFor(() -> robot.lookup("#prompts-info").tryQuery().isPresent()); // the warnings, not modal
        robot.clickOn("OK");

        Path out = dir.resolve("exported.yaml");
        robot.interact(() -> ui.exportTo(out));
        waitFor(() -> Files.exists(out));
        assertThat(Files.readString(out)).contains("Translation quality").contains("ollama:chat:llama3.2");
        assertThat(fixture.notifications).anyMatch(n -> n.startsWith("SUCCESS: Card exported"));
    }

    @Test
    void aBrokenConfigSaysWhereAndImportsNothing(@TempDir Path dir, FxRobot robot) throws Exception {
        show(robot, dir);
        Path broken = dir.resolve("promptfooconfig.yaml");
        Files.writeString(broken, "prompts:\n  - 'unclosed\ntests: [\n");
        robot.interact(() -> ui.importFile(broken));
        waitFor(() -> robot.lookup("#prompts-info").tryQuery().isPresent());
        assertThat(robot.lookup("#prompts-info .label").queryAllAs(javafx.scene.control.Label.class))
                .anyMatch(l -> l.getText().startsWith("Could not import promptfooconfig.yaml"));
        assertThat(fixture.services.cards().list("", java.util.Set.of())).isEmpty();
        robot.clickOn("OK");
    }

    @Test
    void paletteCommandsFollowTheShownCardAndChecksFollowTheTemplate(@TempDir Path dir, FxRobot robot) {
        show(robot, dir);
        var commands = ui.commands();
        assertThat(commands).extracting(PluginCommand::id).containsExactly("prompts.new-card", "prompts.save",
                "prompts.run", "prompts.import", "prompts.export");
        PluginCommand save = commands.get(1);
        assertThat(save.executable().get()).isFalse();
        assertThat(save.accelerator()).isEqualTo(PromptsUi.SAVE);

        robot.interact(() -> commands.getFirst().action().run());
        waitFor(() -> ui.editorViewModel().saved() != null);
        assertThat(save.executable().get()).isTrue();

        robot.clickOn("#tab-checks .tab-label");
        waitFor(() -> robot.lookup("#no-findings").tryQuery().isPresent());
        robot.clickOn("#tab-prompt .tab-label");
        CodeArea area = robot.lookup("#template-0").queryAs(CodeArea.class);
        robot.interact(() -> area.replaceText("Use the key sk-live-1234567890abcdef1234 to answer {{ question }}"));
        waitFor(() -> ui.checksViewModel().findings().stream()
                .anyMatch(f -> f.kind() == Finding.Kind.SECRET_IN_TEMPLATE));
        robot.interact(() -> area.replaceText("Answer the question in <input>{{ question }}</input>."));
        waitFor(() -> ui.checksViewModel().findings().stream()
                .noneMatch(f -> f.kind() == Finding.Kind.SECRET_IN_TEMPLATE));

        robot.interact(() -> commands.get(1).action().run());
        waitFor(() -> ui.editorViewModel().saved().number() == 2);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(PromptsTransferUiTest.class.getResource(name)).toURI());
    }
}
