package dev.aura.plugins.automation.ui;

import static dev.aura.plugins.automation.ui.WorkflowEditorUiTest.fire;
import static dev.aura.plugins.automation.ui.WorkflowEditorUiTest.setText;
import static dev.aura.plugins.automation.ui.WorkflowEditorUiTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import atlantafx.base.theme.Dracula;
import atlantafx.base.theme.PrimerLight;
import dev.aura.plugins.automation.AutomationServices;
import dev.aura.plugins.automation.model.FileOperation;
import dev.aura.plugins.automation.model.OnError;
import dev.aura.plugins.automation.model.Permissions;
import dev.aura.plugins.automation.model.RetryPolicy;
import dev.aura.plugins.automation.model.Step;
import dev.aura.plugins.automation.model.StepType;
import dev.aura.plugins.automation.model.Trigger;
import dev.aura.plugins.automation.model.Workflow;
import dev.aura.plugins.automation.store.FlowVersion;
import dev.aura.plugins.automation.ui.editor.StepPath;
import dev.aura.plugins.automation.ui.editor.WorkflowListViewModel;
import dev.aura.plugins.automation.ui.editor.WorkflowRow;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the panel with sample workflows (steps with a nested condition, a step form, problems, triggers,
 * permissions, versions diff; Thai; dark; empty) to PNGs for a human to look at; runs only with
 * {@code -Daura.shots=DIR} or {@code AURA_SHOTS=DIR}. Each picture is also checked for not being blank.
 */
@ExtendWith(ApplicationExtension.class)
class AutomationPanelScreenshots {
    private static final String DIR = System.getProperty("aura.shots",
            System.getenv("AURA_SHOTS") == null ? "" : System.getenv("AURA_SHOTS"));

    @TempDir Path dir;
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
        Platform.runLater(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    }

    @Test
    void stepsTriggersPermissionsAndVersions(FxRobot robot) throws Exception {
        assumeTrue(!DIR.isBlank(), "screenshots only with -Daura.shots=DIR");
        show(robot, Locale.ENGLISH, true);
        robot.interact(() -> ui.panel().editorViewModel().selectedProperty().set(StepPath.top(1)));
        save(robot, "automation-steps.png");

        robot.interact(() -> ui.panel().editorViewModel().selectedProperty().set(StepPath.top(3)
                .branch(StepPath.Branch.THEN).at(0)));
        setText(robot, "#field-timeout", "soon");
        setText(robot, "#field-message", "Summary of {{ vars.missing }}");
        robot.clickOn("#save-workflow");
        save(robot, "automation-problems.png");
        robot.interact(() -> ui.panel().editorViewModel().discard());

        robot.clickOn("#tab-variables .tab-label");
        save(robot, "automation-variables.png");
        robot.clickOn("#tab-triggers .tab-label");
        save(robot, "automation-triggers.png");
        robot.clickOn("#tab-permissions .tab-label");
        save(robot, "automation-permissions.png");
        robot.clickOn("#tab-versions .tab-label");
        waitFor(() -> !ui.panel().versionsViewModel().diff().isEmpty());
        save(robot, "automation-versions.png");
        robot.clickOn("#tab-runs .tab-label");
        save(robot, "automation-runs.png");

        robot.clickOn("#tab-steps .tab-label");
        robot.interact(() -> ui.panel().editorViewModel().selectedProperty().set(StepPath.top(2)));
        save(robot, "automation-files-form.png");
        fire(robot, "#add-step", "add-step-shell");
        save(robot, "automation-shell-form.png");
        robot.interact(() -> ui.panel().editorViewModel().discard());

        robot.interact(() -> Application.setUserAgentStylesheet(new Dracula().getUserAgentStylesheet()));
        save(robot, "automation-dark.png");
    }

    @Test
    void thaiPanel(FxRobot robot) throws Exception {
        assumeTrue(!DIR.isBlank(), "screenshots only with -Daura.shots=DIR");
        show(robot, Locale.forLanguageTag("th"), true);
        robot.interact(() -> ui.panel().editorViewModel().selectedProperty().set(StepPath.top(2)));
        save(robot, "automation-thai.png");
        robot.clickOn("#tab-triggers .tab-label");
        save(robot, "automation-thai-triggers.png");
        robot.clickOn("#tab-permissions .tab-label");
        save(robot, "automation-thai-permissions.png");
    }

    @Test
    void noWorkflowsYet(FxRobot robot) throws Exception {
        assumeTrue(!DIR.isBlank(), "screenshots only with -Daura.shots=DIR");
        show(robot, Locale.ENGLISH, false);
        waitFor(() -> ui.panel().listViewModel().state() == WorkflowListViewModel.State.EMPTY);
        save(robot, "automation-empty.png");
    }

    private void show(FxRobot robot, Locale locale, boolean withFlows) {
        fixture = new EditorUiFixture(dir, locale);
        if (withFlows) {
            sampleFlows(fixture.services, dir);
        }
        ui = fixture.ui();
        robot.interact(() -> {
            stage.setScene(new Scene((Parent) ui.createView(), 1360, 860));
            stage.show();
        });
        if (withFlows) {
            ListView<WorkflowRow> list = robot.lookup("#workflow-list").queryListView();
            waitFor(() -> list.getItems().size() == 3);
            int index = IntStream.range(0, 3).filter(i -> list.getItems().get(i).name().equals("Summarize new notes"))
                    .findFirst().orElse(0);
            robot.interact(() -> list.getSelectionModel().select(index));
            waitFor(() -> ui.panel().editorViewModel().saved() != null
                    && ui.panel().versionsViewModel().versions().size() == 2);
        }
    }

    /** Three workflows; "Summarize new notes" has two versions, a condition with both branches and a retry. */
    static void sampleFlows(AutomationServices services, Path dir) {
        Path inbox = dir.resolve("inbox");
        Path notes = dir.resolve("notes");
        Workflow v1 = new Workflow("Summarize new notes", "Summaries of new files in the inbox",
                Map.of("folder", inbox.toString(), "model", "llama3.2"), List.of(
                Step.of("read", new StepType.Files(FileOperation.READ, "{{ vars.folder }}/{{ trigger.file }}", null,
                        null)),
                Step.of("summary", new StepType.Prompt("Summarize in three bullet points:\n\n{{ steps.read.text }}",
                        null, "llama3.2", Map.of("temperature", 0.2, "num_ctx", 8192), false, null))
                        .withRetry(new RetryPolicy(3, Duration.ofSeconds(5))).withTimeout(Duration.ofMinutes(2)),
                Step.of("save", new StepType.Files(FileOperation.APPEND, notes + "/summaries.md", null,
                        "## {{ trigger.file }}\n{{ steps.summary.text }}\n")),
                Step.of("long", new StepType.Condition("{{ steps.read.text | length > 2000 }}",
                        List.of(Step.of("tell", new StepType.Notify("Long note", "{{ trigger.file }} was long"))),
                        List.of(Step.of("short", new StepType.Transform("short: {{ trigger.file }}", null, null))))),
                Step.of("done", new StepType.Notify("Notes", "Summarized {{ trigger.file }}"))
                        .withOnError(OnError.CONTINUE)),
                List.of(new Trigger.FolderWatch(inbox, Duration.ofSeconds(2)), new Trigger.Manual()),
                new Permissions(List.of(inbox, notes), List.of(), List.of(), false));
        FlowVersion first = services.save(null, v1, "");
        Workflow v2 = new Workflow(v1.name(), v1.description(), v1.variables(), v1.steps(),
                List.of(new Trigger.FolderWatch(inbox, Duration.ofSeconds(5)), new Trigger.Cron("0 18 * * 1-5"),
                        new Trigger.Manual()), v1.permissions());
        services.save(first.flowId(), v2, "");
        services.save(null, new Workflow("Morning digest", "", Map.of("feed", "http://localhost:8080/feed.json"),
                List.of(Step.of("fetch", new StepType.Http("GET", "{{ vars.feed }}", Map.of(), null, null)),
                        Step.of("titles", new StepType.Transform(null, "$.items[*].title", "fetch")),
                        Step.of("tell", new StepType.Notify("Digest", "{{ steps.titles.text }}"))),
                List.of(new Trigger.Cron("30 7 * * *")),
                new Permissions(List.of(), List.of("localhost:8080"), List.of(), false)), "");
        services.save(null, new Workflow("Weekly backup", "", Map.of(), List.of(
                Step.of("wait", new StepType.Delay(Duration.ofMinutes(1)))),
                List.of(new Trigger.Interval(Duration.ofDays(7)), new Trigger.AppStart()), null), "");
    }

    private void save(FxRobot robot, String name) throws Exception {
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = stage.getScene().snapshot(null));
        write(shot[0], name);
    }

    private static void write(WritableImage fx, String name) throws Exception {
        int w = (int) fx.getWidth();
        int h = (int) fx.getHeight();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = fx.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Path file = Path.of(DIR).resolve(name);
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
        assertThat(IntStream.range(0, h).boxed().flatMap(y -> IntStream.range(0, w).mapToObj(x -> image.getRGB(x, y)))
                .distinct().limit(1000).count()).as("a rendered panel, not a blank image").isGreaterThan(20);
    }
}
