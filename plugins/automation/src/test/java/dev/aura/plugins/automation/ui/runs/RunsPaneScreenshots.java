package dev.aura.plugins.automation.ui.runs;

import static dev.aura.plugins.automation.ui.runs.RunsPaneUiTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import atlantafx.base.theme.Dracula;
import atlantafx.base.theme.PrimerLight;
import dev.aura.plugins.automation.engine.LoopbackHttp;
import dev.aura.plugins.automation.engine.RunStatus;
import dev.aura.plugins.automation.model.Permissions;
import dev.aura.plugins.automation.model.Step;
import dev.aura.plugins.automation.model.StepType;
import dev.aura.plugins.automation.store.FlowVersion;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
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
 * Renders the runs pane (history, a failed run's timeline with its error open, a live run, an approval waiting, the
 * permission and variables dialogs; light, dark and Thai) to PNGs for a human to look at; runs only with
 * {@code -Daura.shots=DIR} or {@code AURA_SHOTS=DIR}. Each picture is also checked for not being blank.
 */
@ExtendWith(ApplicationExtension.class)
class RunsPaneScreenshots {
    private static final String DIR = System.getProperty("aura.shots",
            System.getenv("AURA_SHOTS") == null ? "" : System.getenv("AURA_SHOTS"));

    @TempDir Path dir;
    private final LoopbackHttp http = new LoopbackHttp();
    private final CountDownLatch release = new CountDownLatch(1);
    private RunsUiFixture fixture;
    private RunsPane pane;
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    @AfterEach
    void close(FxRobot robot) {
        release.countDown();
        if (pane != null) {
            robot.interact(pane::stop);
        }
        if (fixture != null) {
            fixture.close();
        }
        http.close();
        Platform.runLater(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    }

    @Test
    void historyAFailedRunAndAnApprovalLightAndDark(FxRobot robot) throws Exception {
        assumeTrue(!DIR.isBlank(), "screenshots only with -Daura.shots=DIR");
        history(robot, Locale.ENGLISH);
        save(robot, "automation-runs-failed-light.png");
        robot.interact(() -> Application.setUserAgentStylesheet(new Dracula().getUserAgentStylesheet()));
        save(robot, "automation-runs-failed-dark.png");
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        ListView<RunRow> list = robot.lookup("#runs-history").queryListView();
        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(r -> r.workflow().equals("Summarize inbox")).findFirst().orElseThrow()));
        waitFor(() -> pane.viewModel().detail() != null
                && pane.viewModel().detail().run().workflow().equals("Summarize inbox"));
        robot.interact(() -> pane.viewModel().selectStep(pane.viewModel().detail().steps().stream()
                .filter(s -> s.depth() > 0).findFirst().orElseThrow()));
        save(robot, "automation-runs-foreach.png");
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(680);
        });
        save(robot, "automation-runs-narrow.png");
    }

    @Test
    void thaiHistory(FxRobot robot) throws Exception {
        assumeTrue(!DIR.isBlank(), "screenshots only with -Daura.shots=DIR");
        history(robot, Locale.forLanguageTag("th"));
        save(robot, "automation-runs-thai.png");
    }

    @Test
    void dialogsAndALiveRun(FxRobot robot) throws Exception {
        assumeTrue(!DIR.isBlank(), "screenshots only with -Daura.shots=DIR");
        http.on("/page", exchange -> {
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LoopbackHttp.reply(exchange, 200, "{\"title\":\"Hello\"}");
        });
        open(robot, Locale.ENGLISH);
        Path notes = Files.createDirectories(dir.resolve("notes"));
        FlowVersion flow = fixture.save(RunsUiFixture.workflow("Fetch and file",
                Map.of("base", http.url(""), "folder", notes.toString(), "tone", "short"),
                new Permissions(List.of(notes), List.of("127.0.0.1", "api.example.org"), List.of("pandoc"), true),
                RunsUiFixture.transform("prepare", "Fetching {{ vars.base }}"),
                RunsUiFixture.transform("prepare2", "ready"),
                RunsUiFixture.http("fetch", "{{ vars.base }}/page"),
                RunsUiFixture.pick("title", "$.title", "fetch")));
        robot.interact(() -> pane.runManually(flow.flowId(), stage));
        waitFor(() -> robot.lookup("#permission-allow").tryQuery().isPresent());
        saveWindowOf(robot, "#permission-dialog", "automation-runs-permissions.png");
        robot.clickOn("#permission-allow");
        waitFor(() -> robot.lookup("#variables-run").tryQuery().isPresent());
        saveWindowOf(robot, "#variables-dialog", "automation-runs-variables.png");
        robot.clickOn("#variables-run");
        waitFor(() -> pane.viewModel().detail() != null && pane.viewModel().detail().live()
                && pane.viewModel().detail().steps().size() == 3);
        Thread.sleep(1500);
        robot.interact(() -> pane.viewModel().selectStep(pane.viewModel().detail().steps().getLast()));
        save(robot, "automation-runs-live.png");
        release.countDown();
        waitFor(() -> pane.viewModel().detail() != null && !pane.viewModel().detail().live());
    }

    private void open(FxRobot robot, Locale locale) {
        fixture = new RunsUiFixture(dir, locale);
        robot.interact(() -> {
            pane = new RunsPane(fixture.services, fixture.messages);
            stage.setScene(new Scene((Parent) pane.node(), 1440, 900));
            stage.show();
        });
    }

    /** A few finished runs, one waiting for approval, and a failed run open at its failed step. */
    private void history(FxRobot robot, Locale locale) throws Exception {
        http.on("/ok", exchange -> LoopbackHttp.reply(exchange, 200, "{\"title\":\"Weekly notes\",\"items\":[1,2,3]}"));
        http.on("/broken", exchange -> LoopbackHttp.reply(exchange, 500, "{\"error\":\"database is down\"}"));
        open(robot, locale);
        Path folder = Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(folder.resolve("a.txt"), "first");
        Files.writeString(folder.resolve("b.txt"), "second");
        FlowVersion digest = fixture.saveConfirmed(RunsUiFixture.workflow("Morning digest", Map.of(),
                RunsUiFixture.loopback(), RunsUiFixture.http("fetch", http.url("/ok")),
                RunsUiFixture.pick("title", "$.title", "fetch"),
                RunsUiFixture.transform("note", "Digest: {{ steps.title.text }}")));
        FlowVersion summarize = fixture.saveConfirmed(RunsUiFixture.workflow("Summarize inbox", Map.of(),
                new Permissions(List.of(folder), List.of(), List.of(), false),
                Step.of("list", new StepType.Files(dev.aura.plugins.automation.model.FileOperation.LIST,
                        folder.toString(), null, null)),
                Step.of("each", new StepType.ForEach("{{ steps.list.json }}", List.of(
                        RunsUiFixture.transform("summarize", "Summary of {{ item }}")), 2)),
                RunsUiFixture.transform("done", "done")));
        FlowVersion sync = fixture.saveConfirmed(RunsUiFixture.workflow("Sync tickets", Map.of("project", "AURA"),
                RunsUiFixture.loopback(), RunsUiFixture.transform("prepare", "Project {{ vars.project }}"),
                RunsUiFixture.http("upload", http.url("/broken")).withRetry(
                        new dev.aura.plugins.automation.model.RetryPolicy(3, Duration.ofMillis(50))),
                RunsUiFixture.transform("report", "sent")));
        FlowVersion publish = fixture.saveConfirmed(RunsUiFixture.workflow("Publish", Map.of(), Permissions.NONE,
                RunsUiFixture.approval("check", "Publish this week's notes to the team folder?"),
                RunsUiFixture.transform("done", "published")));
        for (FlowVersion flow : List.of(digest, summarize, digest, sync)) {
            robot.interact(() -> pane.runManually(flow.flowId(), stage));
            if (!flow.workflow().variables().isEmpty()) {
                waitFor(() -> robot.lookup("#variables-run").tryQuery().isPresent());
                robot.clickOn("#variables-run");
            }
            try {
                waitFor(() -> pane.viewModel().detail() != null && pane.viewModel().detail().run().flowId()
                        .equals(flow.flowId()) && !pane.viewModel().detail().live());
            } catch (AssertionError e) {
                throw new AssertionError(flow.workflow().name() + ": " + pane.viewModel().messageProperty().get()
                        + " / " + pane.viewModel().detail(), e);
            }
        }
        assertThat(pane.viewModel().detail().run().status()).isEqualTo(RunStatus.FAILED);
        robot.interact(() -> pane.runManually(publish.flowId(), stage));
        waitFor(() -> robot.lookup("#approval-approve").tryQuery().isPresent());
        String failedId = pane.viewModel().history().rows().stream()
                .filter(r -> r.status() == RunStatus.FAILED).findFirst().orElseThrow().id();
        ListView<RunRow> list = robot.lookup("#runs-history").queryListView();
        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(r -> r.id().equals(failedId)).findFirst().orElseThrow()));
        waitFor(() -> pane.viewModel().detail() != null && pane.viewModel().detail().run().id().equals(failedId));
        robot.interact(() -> pane.viewModel().selectStep(pane.viewModel().detail().steps().stream()
                .filter(TimelineStep::failed).findFirst().orElseThrow()));
    }

    private void save(FxRobot robot, String name) throws Exception {
        Thread.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = stage.getScene().snapshot(null));
        write(shot[0], name);
    }

    private void saveWindowOf(FxRobot robot, String query, String name) throws Exception {
        Thread.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = robot.lookup(query).queryAs(Node.class).getScene().snapshot(null));
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
