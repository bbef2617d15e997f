package dev.aura.plugins.automation.ui;

import static dev.aura.plugins.automation.ui.WorkflowEditorUiTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.aura.plugins.automation.engine.RunStatus;
import dev.aura.plugins.automation.model.FileOperation;
import dev.aura.plugins.automation.model.Permissions;
import dev.aura.plugins.automation.model.Step;
import dev.aura.plugins.automation.model.StepType;
import dev.aura.plugins.automation.model.Trigger;
import dev.aura.plugins.automation.model.Workflow;
import dev.aura.plugins.automation.ui.editor.WorkflowRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Ctrl+R on a saved workflow confirms its permissions, asks for variables, runs it and shows it on the Runs tab. */
@ExtendWith(ApplicationExtension.class)
class RunFromEditorUiTest {
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
            robotless(ui::stop);
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void theShortcutRunsTheSavedWorkflowAndItsStatusReachesTheList(@TempDir Path dir, FxRobot robot)
            throws Exception {
        fixture = new EditorUiFixture(dir, Locale.ENGLISH);
        fixture.services.save(null, new Workflow("Daily notes", "", Map.of("folder", dir.toString()), List.of(
                Step.of("transform", new StepType.Transform("Notes in {{ vars.folder }}", null, null)),
                Step.of("file", new StepType.Files(FileOperation.WRITE, "{{ vars.folder }}/notes.txt", null,
                        "{{ steps.transform.text }}")),
                Step.of("notify", new StepType.Notify("Notes", "written"))),
                List.of(new Trigger.Manual()), new Permissions(List.of(dir), List.of(), List.of(), false)), "");
        ui = fixture.ui();
        robot.interact(() -> {
            stage.setScene(new Scene((Parent) ui.createView(), 1280, 860));
            stage.show();
        });
        ListView<WorkflowRow> list = robot.lookup("#workflow-list").queryListView();
        waitFor(() -> list.getItems().size() == 1);
        robot.interact(() -> list.getSelectionModel().select(0));
        waitFor(() -> ui.panel().editorViewModel().saved() != null);

        // the dialogs are modal: press the shortcut without waiting for the FX thread
        Platform.runLater(() -> Event.fireEvent(robot.lookup("#step-tree").query(), new KeyEvent(
                KeyEvent.KEY_PRESSED, "", "", KeyCode.R, false, true, false, false)));
        waitFor(() -> robot.lookup("#permission-allow").tryQuery().isPresent());
        robot.clickOn("#permission-allow");
        waitFor(() -> robot.lookup("#variables-run").tryQuery().isPresent());
        robot.clickOn("#variables-run");

        Path notes = dir.resolve("notes.txt");
        waitFor(() -> Files.exists(notes));
        assertThat(Files.readString(notes)).isEqualTo("Notes in " + dir);
        TabPane tabs = robot.lookup("#workflow-tabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-runs");
        waitFor(() -> list.getItems().size() == 1
                && list.getItems().getFirst().summary().lastStatus() == RunStatus.SUCCEEDED);
    }

    private static void robotless(Runnable action) {
        try {
            org.testfx.util.WaitForAsyncUtils.asyncFx(action).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
