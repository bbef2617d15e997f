package dev.aura.plugins.prompts.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import atlantafx.base.theme.Dracula;
import atlantafx.base.theme.PrimerLight;
import dev.aura.core.testing.ChatScript;
import dev.aura.plugins.prompts.cards.CardContent;
import dev.aura.plugins.prompts.cards.CardVersion;
import dev.aura.plugins.prompts.cards.PromptVariant;
import dev.aura.plugins.prompts.eval.AssertionSpec;
import dev.aura.plugins.prompts.promptfoo.TestDef;
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
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
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
 * Renders the Runs tab after several runs of a card (mixed results, a cell open, the trend, a comparison) to PNGs
 * for a human to look at; runs only with {@code -Daura.shots=DIR} (e.g. target/screenshots). Each picture is also
 * checked for not being blank.
 */
@ExtendWith(ApplicationExtension.class)
class RunsPaneScreenshots {
    private static final String DIR = System.getProperty("aura.shots",
            System.getenv("AURA_SHOTS") == null ? "" : System.getenv("AURA_SHOTS"));
    private static final String MISSING = "mistral:7b";

    @TempDir Path dir;
    private RunsFixture fixture;
    private RunsPane pane;
    private Stage stage;

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
        Platform.runLater(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    }

    /** Five tests, two variants, on two installed models and one that is not installed. */
    static CardContent geography() {
        List<TestDef> tests = List.of(
                new TestDef("France's capital", Map.of("country", "France"),
                        List.of(AssertionSpec.of("icontains", "paris"), AssertionSpec.of("not-icontains", "sorry")),
                        null),
                new TestDef("Spain's capital", Map.of("country", "Spain"),
                        List.of(AssertionSpec.of("icontains", "madrid"),
                                AssertionSpec.of("javascript", "output.length < 80")), null),
                new TestDef("Italy's capital", Map.of("country", "Italy"),
                        List.of(AssertionSpec.of("icontains", "rome")), null),
                new TestDef("Japan's capital", Map.of("country", "Japan"),
                        List.of(AssertionSpec.of("icontains-any", List.of("tokyo", "東京"))), null),
                new TestDef("Answers politely", Map.of("country", "Peru"),
                        List.of(AssertionSpec.of("not-icontains", "sorry"), AssertionSpec.of("regex", "^[A-Z]")),
                        null));
        return new CardContent("Capital cities", "Names a country's capital", List.of("geo"), List.of(
                new PromptVariant("plain", "What is the capital of {{ country }}?"),
                new PromptVariant("one word", "Name the capital of {{ country }} in one word.")),
                "You answer geography questions.", List.of(RunsFixture.LLAMA, RunsFixture.QWEN, MISSING),
                Map.of("temperature", 0.1), tests, TestDef.empty());
    }

    @Test
    void finishedRunsLightDarkAndThai(FxRobot robot) throws Exception {
        assumeTrue(!DIR.isBlank(), "screenshots only with -Daura.shots=DIR");
        show(robot, Locale.ENGLISH);
        save(robot, "runs-matrix-compare-light.png");
        robot.interact(() -> Application.setUserAgentStylesheet(new Dracula().getUserAgentStylesheet()));
        save(robot, "runs-matrix-compare-dark.png");
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        robot.interact(() -> pane.viewModel().comparison().clear());
        robot.interact(() -> pane.viewModel().failuresOnlyProperty().set(true));
        save(robot, "runs-failures-only.png");
        // about the room the card editor's Runs tab leaves on a laptop screen
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        save(robot, "runs-narrow.png");
    }

    @Test
    void thaiRuns(FxRobot robot) throws Exception {
        assumeTrue(!DIR.isBlank(), "screenshots only with -Daura.shots=DIR");
        show(robot, Locale.forLanguageTag("th"));
        save(robot, "runs-thai.png");
    }

    @Test
    void runDialogAndALiveRun(FxRobot robot) throws Exception {
        assumeTrue(!DIR.isBlank(), "screenshots only with -Daura.shots=DIR");
        fixture = new RunsFixture(dir, Locale.ENGLISH);
        CardContent graded = geography().withTests(List.of(new TestDef("Polite tone", Map.of("country", "Chile"),
                List.of(AssertionSpec.of("llm-rubric", "The answer is polite and names Santiago")), null)));
        CardVersion version = fixture.create(graded);
        open(robot, version);
        robot.clickOn("#runs-run");
        RunsPaneUiTest.waitFor(() -> robot.lookup("#run-dialog-models .check-box").tryQuery().isPresent());
        Thread.sleep(300);
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = robot.lookup("#run-dialog").queryAs(Node.class).getScene().snapshot(null));
        write(shot[0], "runs-dialog.png");
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup("#run-dialog")
                .queryAs(javafx.scene.control.DialogPane.class).lookupButton(javafx.scene.control.ButtonType.CANCEL))
                .fire());

        robot.interact(() -> pane.show(fixture.create(geography())));
        fixture.ollama.chatScript(ChatScript.answer("Paris", " is", " the", " capital", ".")
                .withTokenDelay(Duration.ofMillis(120)));
        robot.interact(() -> pane.viewModel().run(List.of(RunsFixture.LLAMA, RunsFixture.QWEN, MISSING), 2));
        RunsPaneUiTest.waitFor(() -> pane.viewModel().matrix().totals().cells() >= 7);
        save(robot, "runs-live.png");
        robot.interact(() -> pane.viewModel().cancel());
        RunsPaneUiTest.waitFor(() -> !pane.viewModel().running());
    }

    private void open(FxRobot robot, CardVersion version) {
        robot.interact(() -> {
            pane = new RunsPane(fixture.services, fixture.messages);
            stage.setScene(new Scene((Parent) pane.node(), 1440, 900));
            stage.show();
            pane.show(version);
        });
        RunsPaneUiTest.waitFor(() -> pane.viewModel().state() != RunsViewModel.State.LOADING);
    }

    /** Four runs with different answers, the last compared with the one before and a failed cell open. */
    private void show(FxRobot robot, Locale locale) {
        fixture = new RunsFixture(dir, locale);
        CardVersion version = fixture.create(geography());
        open(robot, version);
        List<List<String>> answers = List.of(
                List.of("Paris."),
                List.of("Sorry, I am not sure.", "Paris is the capital.", "Madrid", "Rome, Italy."),
                List.of("Paris is the capital of France.", "Madrid.", "Rome.", "Tokyo."),
                List.of("Paris.", "Paris, I believe.", "Madrid, the capital of Spain.", "Madrid",
                        "Rome is Italy's capital.", "Milan.", "Tokyo.", "Kyoto, the old capital.", "Lima.",
                        "sorry, lima."));
        for (List<String> run : answers) {
            fixture.ollama.chatScript(ChatScript.answer(run.getLast()));
            // one call at a time, so each queued answer goes to the cell in (test, variant, model) order
            for (String answer : run) {
                fixture.ollama.enqueueChat(ChatScript.answer(answer));
                fixture.ollama.enqueueChat(ChatScript.answer(answer));
            }
            robot.interact(() -> pane.viewModel().run(List.of(RunsFixture.LLAMA, RunsFixture.QWEN, MISSING), 1));
            RunsPaneUiTest.waitFor(() -> !pane.viewModel().running()
                    && pane.viewModel().state() == RunsViewModel.State.SHOWING);
        }
        RunsPaneUiTest.waitFor(() -> pane.viewModel().history().runs().size() == answers.size()
                && pane.viewModel().comparison().available());
        robot.interact(() -> pane.viewModel().comparison().compare());
        RunsPaneUiTest.waitFor(() -> pane.viewModel().comparison().comparison() != null);
        MatrixEntry failed = pane.viewModel().matrix().rows().stream()
                .flatMap(r -> IntStream.range(0, r.columns()).mapToObj(r::cell))
                .filter(e -> e != null && e.status() == dev.aura.plugins.prompts.run.CellResult.Status.FAILED)
                .findFirst().orElseThrow();
        robot.interact(() -> pane.viewModel().select(failed));
    }

    private void save(FxRobot robot, String name) throws Exception {
        Thread.sleep(400);
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
