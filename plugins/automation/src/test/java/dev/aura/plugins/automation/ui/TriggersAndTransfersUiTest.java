package dev.aura.plugins.automation.ui;

import static dev.aura.plugins.automation.ui.WorkflowEditorUiTest.fire;
import static dev.aura.plugins.automation.ui.WorkflowEditorUiTest.setText;
import static dev.aura.plugins.automation.ui.WorkflowEditorUiTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.aura.plugins.automation.model.Permissions;
import dev.aura.plugins.automation.model.Step;
import dev.aura.plugins.automation.model.StepType;
import dev.aura.plugins.automation.model.Trigger;
import dev.aura.plugins.automation.model.Workflow;
import dev.aura.plugins.automation.ui.editor.WorkflowEditorViewModel;
import dev.aura.plugins.automation.ui.editor.WorkflowRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Triggers and files in the panel: a cron trigger shows its meaning and next five runs (or why it does not parse),
 * a YAML file is imported into the list and exported again, a malformed one is refused with its line.
 */
@ExtendWith(ApplicationExtension.class)
class TriggersAndTransfersUiTest {
    private EditorUiFixture fixture;
    private AutomationUi ui;
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    @AfterEach
    void close() {
        if (ui != null) {
            ui.stop();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void aCronTriggerShowsItsMeaningAndTheNextFiveRuns(@TempDir Path dir, FxRobot robot) {
        show(robot, dir);
        WorkflowEditorViewModel editor = ui.panel().editorViewModel();
        robot.clickOn("#new-workflow");
        waitFor(() -> editor.draft() != null);
        robot.clickOn("#tab-triggers .tab-label");
        assertThat(robot.lookup("#triggers-none").query().isVisible()).isTrue();
        fire(robot, "#add-trigger", "add-trigger-cron");
        setText(robot, "#cron-expression", "30 9 * * 1-5");

        Label meaning = robot.lookup("#cron-description").queryAs(Label.class);
        waitFor(() -> meaning.getText().contains("09:30"));
        assertThat(meaning.getText()).containsIgnoringCase("monday").containsIgnoringCase("friday");
        VBox next = robot.lookup("#cron-next").queryAs(VBox.class);
        assertThat(next.getChildren()).hasSize(6); // the caption and five times
        assertThat(((Label) next.getChildren().get(1)).getText()).contains("9:30");
        assertThat(editor.draft().triggers()).containsExactly(new Trigger.Cron("30 9 * * 1-5"));

        setText(robot, "#cron-expression", "61 * * * *");
        Label problem = robot.lookup("#cron-problem").queryAs(Label.class);
        waitFor(problem::isVisible);
        assertThat(problem.getText()).contains("not a valid cron expression");
        assertThat(meaning.getText()).isEmpty();
        assertThat(next.getChildren()).isEmpty();
        assertThat(editor.problems()).anyMatch(p -> p.message().contains("not a valid cron expression"));

        setText(robot, "#cron-expression", "0 * * * *");
        waitFor(() -> !problem.isVisible());
        fire(robot, "#add-trigger", "add-trigger-interval");
        setText(robot, "#interval-every", "15m");
        assertThat(editor.draft().triggers()).containsExactly(new Trigger.Cron("0 * * * *"),
                new Trigger.Interval(Duration.ofMinutes(15)));
        robot.clickOn("#remove-trigger-0");
        assertThat(editor.draft().triggers()).containsExactly(new Trigger.Interval(Duration.ofMinutes(15)));
    }

    @Test
    void aYamlFileIsImportedIntoTheListAndExportedAgain(@TempDir Path dir, FxRobot robot) throws Exception {
        show(robot, dir);
        Workflow digest = new Workflow("Morning digest", "", Map.of("topic", "news"), List.of(
                Step.of("fetch", new StepType.Http("GET", "http://127.0.0.1:9/{{ vars.topic }}", Map.of(), null,
                        null)),
                Step.of("tell", new StepType.Notify("Digest", "{{ steps.fetch.text }}"))),
                List.of(new Trigger.Cron("0 7 * * *")), new Permissions(List.of(), List.of("127.0.0.1"), List.of(),
                false));
        Path file = dir.resolve("digest.yaml");
        Files.writeString(file, fixture.services.toYaml(digest));

        robot.interact(() -> ui.panel().importFile(file));
        ListView<WorkflowRow> list = robot.lookup("#workflow-list").queryListView();
        waitFor(() -> list.getItems().size() == 1 && list.getSelectionModel().getSelectedIndex() == 0);
        WorkflowEditorViewModel editor = ui.panel().editorViewModel();
        waitFor(() -> editor.saved() != null);
        assertThat(editor.draft()).isEqualTo(digest);
        assertThat(editor.saved().note()).isEqualTo("imported from digest.yaml");
        assertThat(list.getItems().getFirst().triggers()).containsExactly(new Trigger.Cron("0 7 * * *"));
        assertThat(fixture.notifications).anyMatch(n -> n.contains("Workflow imported"));

        Path out = dir.resolve("out").resolve("exported.yaml");
        Files.createDirectories(out.getParent());
        robot.interact(() -> ui.panel().exportTo(out));
        waitFor(() -> Files.exists(out));
        assertThat(Files.readString(out)).contains("name: Morning digest").contains("0 7 * * *");

        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "name: Broken\nsteps:\n  - id: a\n    notify: [unclosed\n");
        robot.interact(() -> ui.panel().importFile(broken));
        waitFor(() -> robot.lookup("#automation-info").tryQuery().isPresent());
        Node dialog = robot.lookup("#automation-info").query();
        assertThat(robot.from(dialog).lookup(".header-panel .label").queryLabeled().getText())
                .contains("broken.yaml was not imported");
        assertThat(fixture.services.flows().list()).hasSize(1);
    }

    private void show(FxRobot robot, Path dir) {
        fixture = new EditorUiFixture(dir, Locale.ENGLISH);
        ui = fixture.ui();
        robot.interact(() -> {
            stage.setScene(new Scene((Parent) ui.createView(), 1280, 860));
            stage.show();
            ui.activate();
        });
    }
}
