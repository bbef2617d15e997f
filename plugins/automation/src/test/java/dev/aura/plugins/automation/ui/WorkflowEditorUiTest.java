package dev.aura.plugins.automation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.aura.plugins.automation.model.FileOperation;
import dev.aura.plugins.automation.model.Step;
import dev.aura.plugins.automation.model.StepType;
import dev.aura.plugins.automation.store.FlowVersion;
import dev.aura.plugins.api.ui.LineDiff;
import dev.aura.plugins.automation.ui.editor.WorkflowEditorViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a user does in the workflow editor in the headless toolkit, over the real stores in H2: build a three-step
 * workflow with a variable, reorder it with Alt+Up, see and fix a validation problem, save twice, diff the versions
 * and restore one.
 */
@ExtendWith(ApplicationExtension.class)
class WorkflowEditorUiTest {
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
    void aThreeStepWorkflowIsBuiltReorderedValidatedSavedDiffedAndRestored(@TempDir Path dir, FxRobot robot) {
        show(robot, dir);
        WorkflowEditorViewModel editor = ui.panel().editorViewModel();
        waitFor(() -> robot.lookup("#workflows-empty").query().isVisible());

        robot.clickOn("#empty-new-workflow");
        waitFor(() -> editor.draft() != null);
        assertThat(editor.draft().name()).isEqualTo("Untitled workflow");
        assertThat(editor.problems()).extracting(p -> p.message()).anyMatch(m -> m.contains("no steps"));
        setText(robot, "#workflow-name", "Daily notes");

        robot.clickOn("#tab-variables .tab-label");
        robot.clickOn("#var-add");
        setText(robot, "#var-name-0", "folder");
        setText(robot, "#var-value-0", dir.toString());
        assertThat(editor.draft().variables()).containsEntry("folder", dir.toString());

        robot.clickOn("#tab-permissions .tab-label");
        setText(robot, "#perm-folders-input", dir.toString());
        robot.clickOn("#perm-folders-add");
        assertThat(editor.draft().permissions().folders()).containsExactly(dir);

        robot.clickOn("#tab-steps .tab-label");
        fire(robot, "#add-step", "add-step-transform");
        waitFor(() -> robot.lookup("#field-template").tryQuery().isPresent());
        setText(robot, "#field-template", "Notes for {{ vars.day }}");
        waitFor(() -> robot.lookup("#step-problem-transform").tryQuery().isPresent());
        assertThat(editor.problems()).anyMatch(p -> "transform".equals(p.stepId()) && p.message().contains("vars.day"));
        assertThat(robot.lookup("#problems-bar").query().isVisible()).isTrue();
        setText(robot, "#field-template", "Notes in {{ vars.folder }}");
        waitFor(() -> robot.lookup("#step-problem-transform").tryQuery().isEmpty());

        fire(robot, "#add-step", "add-step-files");
        waitFor(() -> robot.lookup("#field-operation").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#field-operation").<FileOperation>queryComboBox()
                .setValue(FileOperation.WRITE));
        setText(robot, "#field-path", "{{ vars.folder }}/notes.txt");
        setText(robot, "#field-content", "{{ steps.transform.text }}");

        fire(robot, "#add-step", "add-step-notify");
        waitFor(() -> robot.lookup("#field-message").tryQuery().isPresent());
        setText(robot, "#field-title", "Notes");
        setText(robot, "#field-message", "Notes are written");
        assertThat(ids(editor)).containsExactly("transform", "file", "notify");

        robot.clickOn("#step-tree").push(KeyCode.ALT, KeyCode.UP);
        waitFor(() -> ids(editor).equals(List.of("transform", "notify", "file")));
        assertThat(editor.problems()).isEmpty();
        assertThat(robot.lookup("#problems-bar").query().isVisible()).isFalse();

        robot.clickOn("#save-workflow");
        waitFor(() -> editor.saved() != null && !editor.dirty());
        assertThat(editor.saved().version()).isEqualTo(1);
        ListView<?> list = robot.lookup("#workflow-list").queryListView();
        waitFor(() -> list.getItems().size() == 1 && list.getSelectionModel().getSelectedIndex() == 0);

        // the notify step is still selected: edit its message and save with the shortcut
        setText(robot, "#field-message", "Notes are written to {{ vars.folder }}");
        assertThat(robot.lookup("#dirty-marker").query().isVisible()).isTrue();
        robot.clickOn("#workflow-name").push(KeyCode.CONTROL, KeyCode.S);
        waitFor(() -> editor.saved().version() == 2 && !editor.dirty());

        robot.clickOn("#tab-versions .tab-label");
        ListView<FlowVersion> versions = robot.lookup("#versions-list").queryListView();
        waitFor(() -> versions.getItems().size() == 2);
        waitFor(() -> ui.panel().versionsViewModel().diff().stream().anyMatch(l -> l.kind() == LineDiff.Kind.ADDED
                && l.text().contains("Notes are written to {{ vars.folder }}")));
        assertThat(ui.panel().versionsViewModel().diff()).anyMatch(l -> l.kind() == LineDiff.Kind.REMOVED
                && l.text().contains("Notes are written"));

        robot.interact(() -> versions.getSelectionModel().select(1)); // version 1
        robot.clickOn("#restore-version");
        waitFor(() -> editor.saved().version() == 3 && versions.getItems().size() == 3);
        assertThat(versions.getItems().getFirst().note()).isEqualTo("restored from version 1");
        Step notify = editor.draft().steps().get(1);
        assertThat(((StepType.Notify) notify.type()).message()).isEqualTo("Notes are written");
        assertThat(editor.dirty()).isFalse();
    }

    @Test
    void aSaveWithProblemsIsRefusedAndSaysWhy(@TempDir Path dir, FxRobot robot) {
        show(robot, dir);
        WorkflowEditorViewModel editor = ui.panel().editorViewModel();
        robot.clickOn("#new-workflow");
        waitFor(() -> editor.draft() != null);
        fire(robot, "#add-step", "add-step-http");
        waitFor(() -> robot.lookup("#field-url").tryQuery().isPresent());
        setText(robot, "#field-http-timeout", "soon");
        assertThat(robot.lookup("#field-http-timeout-problem").query().isVisible()).isTrue();

        robot.clickOn("#workflow-name").push(KeyCode.CONTROL, KeyCode.S);
        waitFor(() -> robot.lookup("#problems-heading").queryLabeled().getText().startsWith("Not saved"));
        assertThat(editor.saved()).isNull();
        assertThat(editor.problems()).anyMatch(p -> p.message().contains("URL"))
                .anyMatch(p -> p.message().contains("'soon' is not a duration"));
        assertThat(fixture.services.flows().list()).isEmpty();

        setText(robot, "#field-url", "http://127.0.0.1:9/feed");
        setText(robot, "#field-http-timeout", "10s");
        waitFor(() -> editor.problems().isEmpty());
        robot.clickOn("#save-workflow");
        waitFor(() -> editor.saved() != null);
        StepType.Http http = (StepType.Http) editor.saved().workflow().steps().getFirst().type();
        assertThat(http.timeout()).hasSeconds(10);
    }

    @Test
    void leavingOrRunningAnEditedWorkflowAsksFirst(@TempDir Path dir, FxRobot robot) {
        fixture = new EditorUiFixture(dir, Locale.ENGLISH);
        FlowVersion alpha = fixture.services.save(null, new dev.aura.plugins.automation.model.Workflow("Alpha", "",
                java.util.Map.of(), List.of(Step.of("tell", new StepType.Notify(null, "a"))), null, null), "");
        fixture.services.save(null, new dev.aura.plugins.automation.model.Workflow("Beta", "", java.util.Map.of(),
                List.of(Step.of("tell", new StepType.Notify(null, "b"))), null, null), "");
        ui = fixture.ui();
        robot.interact(() -> {
            stage.setScene(new Scene((Parent) ui.createView(), 1280, 860));
            stage.show();
        });
        WorkflowEditorViewModel editor = ui.panel().editorViewModel();
        ListView<?> list = robot.lookup("#workflow-list").queryListView();
        waitFor(() -> list.getItems().size() == 2);
        robot.interact(() -> list.getSelectionModel().select(0));
        waitFor(() -> editor.saved() != null && editor.flowId().equals(alpha.flowId()));
        setText(robot, "#workflow-name", "Alpha edited");

        // the questions are modal: act without waiting for the FX thread, then answer
        javafx.application.Platform.runLater(() -> list.getSelectionModel().select(1));
        answer(robot, "Cancel");
        waitFor(() -> list.getSelectionModel().getSelectedIndex() == 0);
        assertThat(editor.dirty()).isTrue();

        javafx.application.Platform.runLater(() -> robot.lookup("#run-workflow").queryButton().fire());
        answer(robot, "Cancel");
        assertThat(fixture.services.flows().latest(alpha.flowId()).orElseThrow().version()).isEqualTo(1);
        assertThat(ui.panel().runs().activeRuns()).isZero();

        javafx.application.Platform.runLater(() -> list.getSelectionModel().select(1));
        answer(robot, "Discard");
        waitFor(() -> editor.saved() != null && !editor.flowId().equals(alpha.flowId()));
        assertThat(editor.draft().name()).isEqualTo("Beta");
        assertThat(fixture.services.flows().latest(alpha.flowId()).orElseThrow().workflow().name())
                .isEqualTo("Alpha");
    }

    /** Clicks {@code button} in the question once it shows. */
    static void answer(FxRobot robot, String button) {
        java.util.function.Supplier<java.util.Optional<Node>> find = () -> robot.lookup(".dialog-pane .button")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText(button)).tryQuery();
        waitFor(() -> find.get().isPresent());
        robot.clickOn(find.get().orElseThrow());
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

    static List<String> ids(WorkflowEditorViewModel editor) {
        return editor.draft().steps().stream().map(Step::id).toList();
    }

    static void setText(FxRobot robot, String query, String text) {
        robot.interact(() -> robot.lookup(query).queryAs(TextInputControl.class).setText(text));
    }

    /** Picks the item {@code itemId} of the menu button {@code query}, as a click on it does. */
    static void fire(FxRobot robot, String query, String itemId) {
        robot.interact(() -> robot.lookup(query).queryAs(MenuButton.class).getItems().stream()
                .filter(i -> itemId.equals(i.getId())).findFirst().orElseThrow().fire());
    }

    @SuppressWarnings("unchecked")
    static <T> ComboBox<T> combo(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ComboBox.class);
    }

    static Node node(FxRobot robot, String query) {
        return robot.lookup(query).query();
    }

    static void waitFor(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 20 s", e);
        }
    }
}
