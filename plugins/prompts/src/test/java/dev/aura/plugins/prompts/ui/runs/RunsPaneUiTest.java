package dev.aura.plugins.prompts.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.aura.core.testing.ChatScript;
import dev.aura.plugins.api.ui.Paragraph;
import dev.aura.plugins.prompts.cards.CardContent;
import dev.aura.plugins.prompts.cards.CardVersion;
import dev.aura.plugins.prompts.history.RunStatus;
import dev.aura.plugins.prompts.history.RunSummary;
import dev.aura.plugins.prompts.run.CellResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.text.TextFlow;
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
 * What a user does on the Runs tab in the headless toolkit, on the real stores and the fake Ollama: run a card, watch
 * the matrix fill, open a cell, run again, compare, cancel a slow run.
 */
@ExtendWith(ApplicationExtension.class)
class RunsPaneUiTest {
    @TempDir Path dir;
    private Stage stage;
    private RunsFixture fixture;
    private RunsPane pane;

    @Start
    void start(Stage primary) {
        stage = primary;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    @AfterEach
    void close(FxRobot robot) {
        if (pane != null) {
            robot.interact(pane::dispose);
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    private CardVersion show(FxRobot robot, CardContent content) {
        fixture = new RunsFixture(dir);
        CardVersion version = fixture.create(content);
        robot.interact(() -> {
            pane = new RunsPane(fixture.services, fixture.messages);
            stage.setScene(new Scene((javafx.scene.Parent) pane.node(), 1200, 820));
            stage.setX(0);
            stage.setY(0);
            stage.show();
            pane.show(version);
        });
        waitFor(() -> pane.viewModel().state() == RunsViewModel.State.NO_RUNS);
        return version;
    }

    /** Run… then Run in the dialog, once the installed models are listed. */
    private void runFromDialog(FxRobot robot) {
        robot.clickOn("#runs-run");
        waitFor(() -> robot.lookup("#run-dialog-models .check-box").tryQuery().isPresent());
        robot.clickOn("#run-dialog-run");
    }

    private void waitForRunToEnd() {
        waitFor(() -> !pane.viewModel().running() && pane.viewModel().state() == RunsViewModel.State.SHOWING);
    }

    private MatrixCell cell(FxRobot robot, String test, int column) {
        TableView<MatrixRow> table = robot.lookup("#runs-matrix").queryTableView();
        MatrixRow row = table.getItems().stream().filter(r -> r.testName().equals(test)).findFirst().orElseThrow();
        MatrixEntry wanted = row.cell(column);
        return robot.lookup(".run-cell").queryAllAs(MatrixCell.class).stream()
                .filter(c -> c.getItem() == wanted && c.isVisible()).findFirst().orElseThrow();
    }

    @Test
    void runningACardFillsTheMatrixAndACellShowsEachAssertionsReason(FxRobot robot) {
        show(robot, RunsFixture.capitals());

        runFromDialog(robot);
        waitForRunToEnd();

        TableView<MatrixRow> table = robot.lookup("#runs-matrix").queryTableView();
        assertThat(table.getItems()).extracting(MatrixRow::testName).containsExactly("france", "spain", "italy");
        assertThat(robot.lookup("#summary-passed").queryLabeled().getText()).isEqualTo("2 passed");
        assertThat(robot.lookup("#summary-failed").queryLabeled().getText()).isEqualTo("4 failed");
        assertThat(cell(robot, "france", 0).getStyleClass()).contains("passed");

        robot.clickOn(cell(robot, "spain", 0));

        waitFor(() -> robot.lookup("#detail-assertions").tryQuery().isPresent());
        Node assertions = robot.lookup("#detail-assertions").query();
        String reasons = robot.from(assertions).lookup(".paragraph").queryAllAs(TextFlow.class).stream()
                .map(Paragraph::text).reduce("", (a, b) -> a + "\n" + b);
        assertThat(reasons).contains("Madrid");
        assertThat(robot.lookup("#detail-output").queryAs(TextArea.class).getText()).isEqualTo("The capital is Paris.");
        assertThat(robot.lookup("#detail-prompt").queryAs(TextArea.class).getText()).contains("Capital of Spain?");

        robot.clickOn("#runs-failures-only");
        waitFor(() -> table.getItems().size() == 2);
        assertThat(table.getItems()).extracting(MatrixRow::testName).containsExactly("spain", "italy");
    }

    @Test
    void runningAgainAfterTheAnswerChangedAndComparingHighlightsTheRegression(FxRobot robot) {
        show(robot, RunsFixture.capitals());
        runFromDialog(robot);
        waitForRunToEnd();
        waitFor(() -> !pane.viewModel().comparison().hint().contains("Looking"));
        Button compare = robot.lookup("#runs-compare").queryButton();
        assertThat(compare.isDisabled()).isTrue();
        assertThat(compare.getTooltip().getText()).contains("first run");

        fixture.ollama.chatScript(ChatScript.answer("Madrid"));
        runFromDialog(robot);
        waitForRunToEnd();
        waitFor(() -> !compare.isDisabled());
        robot.clickOn(compare);

        waitFor(() -> !robot.lookup("#runs-compare-header").queryLabeled().getText().isEmpty());
        assertThat(robot.lookup("#runs-compare-header").queryLabeled().getText())
                .startsWith("2 regressions, 2 fixes vs run of").endsWith("(version 1)");
        assertThat(cell(robot, "france", 0).getStyleClass()).contains("regressed", "failed");
        assertThat(cell(robot, "spain", 1).getStyleClass()).contains("fixed", "passed");
        ListView<RunSummary> history = robot.lookup("#runs-history").queryListView();
        assertThat(history.getItems()).hasSize(2);

        robot.clickOn("#runs-changed-only");
        TableView<MatrixRow> table = robot.lookup("#runs-matrix").queryTableView();
        waitFor(() -> table.getItems().size() == 2);
        assertThat(table.getItems()).extracting(MatrixRow::testName).containsExactly("france", "spain");
    }

    @Test
    void cancellingASlowRunShowsCancelledCellsAndKeepsTheRunAsCancelled(FxRobot robot) {
        show(robot, RunsFixture.capitals());
        fixture.ollama.chatScript(ChatScript.answer("Paris", " is", " the", " capital", ".")
                .withTokenDelay(Duration.ofMillis(150)));
        robot.clickOn("#runs-run");
        waitFor(() -> robot.lookup("#run-dialog-models .check-box").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#run-dialog-concurrency").queryAs(javafx.scene.control.Spinner.class)
                .getValueFactory().setValue(1));
        robot.clickOn("#run-dialog-run");
        waitFor(() -> pane.viewModel().matrix().totals().cells() >= 1);
        assertThat(robot.lookup("#runs-progress-text").queryLabeled().getText()).matches("\\d of 6 cells");

        robot.clickOn("#runs-cancel");
        waitForRunToEnd();

        assertThat(robot.lookup(".run-cell.cancelled").queryAll()).isNotEmpty();
        assertThat(pane.viewModel().matrix().totals().cancelled()).isPositive();
        assertThat(Paragraph.text(robot.lookup("#runs-message").queryAs(TextFlow.class))).contains("cancelled");
        ListView<RunSummary> history = robot.lookup("#runs-history").queryListView();
        waitFor(() -> !history.getItems().isEmpty());
        assertThat(history.getItems().getFirst().status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(fixture.db.runs().history(pane.viewModel().version().cardId(), 5)).extracting(RunSummary::status)
                .containsExactly(RunStatus.CANCELLED);
    }

    @Test
    void aCardWithoutTestsShowsWhatToDoInsteadOfRunning(FxRobot robot) {
        show(robot, RunsFixture.capitals().withTests(List.of()));

        runFromDialog(robot);

        waitFor(() -> robot.lookup("#runs-message").queryAs(TextFlow.class).isVisible()
                && !Paragraph.text(robot.lookup("#runs-message").queryAs(TextFlow.class)).isEmpty());
        assertThat(Paragraph.text(robot.lookup("#runs-message").queryAs(TextFlow.class)))
                .contains("no test cases").contains("Tests tab");
        assertThat(pane.running()).isFalse();
    }

    @Test
    void aModelThatIsNotInstalledShowsTheEnginesErrorInItsCells(FxRobot robot) {
        show(robot, RunsFixture.capitals().withModels(List.of(RunsFixture.LLAMA, "ghost:1b")));

        runFromDialog(robot);
        waitForRunToEnd();

        MatrixCell ghost = cell(robot, "france", 1);
        assertThat(ghost.getStyleClass()).contains("error");
        assertThat(ghost.getItem().status()).isEqualTo(CellResult.Status.ERROR);
        assertThat(ghost.getItem().result().error()).contains("ghost:1b");
    }

    static void waitFor(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 30 s", e);
        }
    }
}
