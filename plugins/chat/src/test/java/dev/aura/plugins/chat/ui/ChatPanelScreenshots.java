package dev.aura.plugins.chat.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import atlantafx.base.theme.Dracula;
import atlantafx.base.theme.PrimerLight;
import dev.aura.core.testing.ChatScript;
import dev.aura.plugins.chat.ui.markdown.MarkdownStrings;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
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
 * Renders the panel to PNGs for a human to look at; runs only with {@code -Daura.shots=DIR} or {@code AURA_SHOTS=DIR}.
 * Each picture is also checked for not being blank.
 */
@ExtendWith(ApplicationExtension.class)
class ChatPanelScreenshots {
    private static final String DIR = System.getProperty("aura.shots",
            System.getenv("AURA_SHOTS") == null ? "" : System.getenv("AURA_SHOTS"));
    static final String MARKDOWN_ANSWER = """
            ## Reading a CSV file in Java

            Use `Files.lines` for small files; for **large** ones stream the rows:

            1. Open the file with a `BufferedReader`.
            2. Split each line on the separator.
            3. Convert the fields.

            ```java
            try (var lines = Files.lines(Path.of("data.csv"))) {
                lines.skip(1)
                     .map(line -> line.split(","))
                     .forEach(row -> System.out.println(row[0]));
            }
            ```

            | Approach | Memory | Speed |
            |---|---|---|
            | `readAllLines` | whole file | fast |
            | `Files.lines` | one line | fast |
            | OpenCSV | one row | quotes handled |

            > Quoted fields with commas need a real CSV parser.
            """;

    @TempDir Path dir;
    private ChatFixture fixture;
    private Stage stage;

    @Start
    void start(Stage primary) {
        this.stage = primary;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
        Platform.runLater(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    }

    @Test
    void conversationWithAMarkdownAnswer(FxRobot robot) throws Exception {
        assumeTrue(!DIR.isBlank(), "screenshots only with -Daura.shots=DIR");
        ChatViewModel vm = seeded(robot, Locale.ENGLISH);
        save(robot, "chat-light.png");
        robot.interact(() -> Application.setUserAgentStylesheet(new Dracula().getUserAgentStylesheet()));
        save(robot, "chat-dark.png");
        assertThat(vm.conversation().items()).hasSize(4);
    }

    @Test
    void streamingAnswer(FxRobot robot) throws Exception {
        assumeTrue(!DIR.isBlank(), "screenshots only with -Daura.shots=DIR");
        ChatViewModel vm = show(robot, Locale.ENGLISH);
        String longAnswer = MARKDOWN_ANSWER + "\n" + MARKDOWN_ANSWER.replace("## Reading", "## Writing")
                + "\n" + MARKDOWN_ANSWER.replace("## Reading", "## Parsing");
        fixture.ollama.enqueueChat(ChatScript.answer(tokens(longAnswer)).withTokenDelay(Duration.ofMillis(12)));
        ask(robot, vm, "How do I read a CSV file in Java?", false);
        waitFor(() -> vm.conversation().isGenerating() && vm.conversation().items().size() == 2);
        Thread.sleep(3500); // taller than the view by now: the end of the answer must be in view
        save(robot, "chat-streaming.png");
        robot.interact(() -> vm.conversation().stop());
        waitFor(() -> !vm.conversation().isGenerating());
        save(robot, "chat-stopped.png");
    }

    @Test
    void personasAndSettings(FxRobot robot) throws Exception {
        assumeTrue(!DIR.isBlank(), "screenshots only with -Daura.shots=DIR");
        ChatViewModel vm = show(robot, Locale.ENGLISH);
        robot.interact(() -> vm.personas().save(new dev.aura.plugins.chat.model.Persona(null, "Code reviewer",
                "You review Java code. Point out bugs first, then style.", "qwen2.5-coder:7b",
                new dev.aura.plugins.chat.model.ChatParameters(0.2, 0.9, 8192, null, "10m"))));
        waitFor(() -> vm.personas().personas().size() == 1);
        robot.interact(() -> {
            PersonasDialog dialog = new PersonasDialog(vm.personas(), vm.composer(), vm.messages());
            javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(16, dialog.content(),
                    new ChatSettingsPage(fixture.settings, vm.messages(), vm.composer()).createContent());
            box.setPadding(new javafx.geometry.Insets(16));
            stage.setScene(new Scene(box, 1000, 900));
            ((javafx.scene.control.ListView<?>) box.lookup("#persona-list")).getSelectionModel().select(0);
        });
        save(robot, "chat-personas-settings.png");
    }

    @Test
    void searchResults(FxRobot robot) throws Exception {
        assumeTrue(!DIR.isBlank(), "screenshots only with -Daura.shots=DIR");
        ChatViewModel vm = seeded(robot, Locale.ENGLISH);
        robot.interact(() -> vm.search().queryProperty().set("csv"));
        waitFor(() -> !vm.search().results().isEmpty());
        robot.interact(() -> vm.openHit(vm.search().results().getLast()));
        waitFor(() -> !vm.conversation().items().isEmpty());
        save(robot, "chat-search.png");
    }

    @Test
    void failedAnswerOffersRetryAndPull(FxRobot robot) throws Exception {
        assumeTrue(!DIR.isBlank(), "screenshots only with -Daura.shots=DIR");
        ChatViewModel vm = show(robot, Locale.ENGLISH);
        fixture.ollama.enqueueChat(ChatScript.answer("It depends on ", "the file").withDisconnectAfter(2));
        ask(robot, vm, "How big can a CSV file get?", true);
        fixture.ollama.removeModel("llama3.2:latest");
        robot.interact(() -> vm.composer().choose("mistral:7b"));
        ask(robot, vm, "And with mistral?", true);
        save(robot, "chat-errors.png");
    }

    @Test
    void emptyStatesWhenOllamaIsDown(FxRobot robot) throws Exception {
        assumeTrue(!DIR.isBlank(), "screenshots only with -Daura.shots=DIR");
        fixture = new ChatFixture(dir);
        fixture.ollama.stop();
        ChatViewModel vm = showFixture(robot, Locale.ENGLISH);
        waitFor(() -> vm.composer().modelsStateProperty().get() == ComposerViewModel.ModelsState.UNREACHABLE);
        save(robot, "chat-ollama-down.png");
    }

    @Test
    void thaiPanel(FxRobot robot) throws Exception {
        assumeTrue(!DIR.isBlank(), "screenshots only with -Daura.shots=DIR");
        ChatViewModel vm = show(robot, Locale.forLanguageTag("th"));
        fixture.ollama.enqueueChat(ChatScript.answer(tokens("""
                ## วิธีอ่านไฟล์ CSV

                ใช้ `Files.lines` สำหรับไฟล์เล็ก ส่วนไฟล์ **ขนาดใหญ่** ให้อ่านทีละบรรทัดเพื่อประหยัดหน่วยความจำ

                - เปิดไฟล์ด้วย `BufferedReader`
                - แยกแต่ละบรรทัดด้วยเครื่องหมายจุลภาค

                | วิธี | หน่วยความจำ |
                |---|---|
                | readAllLines | ทั้งไฟล์ |
                | Files.lines | ทีละบรรทัด |
                """)));
        ask(robot, vm, "ช่วยอธิบายวิธีอ่านไฟล์ CSV ในภาษา Java หน่อยได้ไหมครับ", true);
        save(robot, "chat-thai.png");
    }

    private ChatViewModel seeded(FxRobot robot, Locale locale) throws Exception {
        ChatViewModel vm = show(robot, locale);
        String[] others = {"Plan a trip to Chiang Mai", "Explain Rust lifetimes", "Regex for ISO dates"};
        for (String question : others) {
            fixture.ollama.enqueueChat(ChatScript.answer("A short answer about " + question.toLowerCase() + "."));
            ask(robot, vm, question, true);
            robot.interact(() -> vm.newChat(null));
        }
        robot.interact(() -> vm.list().setPinned(vm.list().visible().getLast().id(), true));
        fixture.ollama.enqueueChat(ChatScript.answer("Do you want to read it all at once, or row by row?")
                .withPromptEvalCount(31));
        ask(robot, vm, "How do I read a CSV file in Java?", true);
        fixture.ollama.enqueueChat(ChatScript.answer(tokens(MARKDOWN_ANSWER)).withPromptEvalCount(118));
        Path sample = Files.writeString(dir.resolve("orders-sample.csv"), "id,total\n1,9.50\n2,12.00\n");
        robot.interact(() -> vm.composer().attach(java.util.List.of(sample)));
        waitFor(() -> vm.composer().attachments().size() == 1);
        ask(robot, vm, "Row by row, the file has 2 GB. Compare the options in a table.", true);
        robot.interact(() -> vm.conversation().open(vm.conversation().conversationProperty().get().id(), null));
        waitFor(() -> vm.list().visible().size() == 4);
        Path chart = Files.write(dir.resolve("memory-chart.png"), new byte[2048]);
        robot.interact(() -> vm.composer().attach(java.util.List.of(chart)));
        waitFor(() -> vm.composer().attachments().size() == 1);
        Thread.sleep(300);
        return vm;
    }

    private ChatViewModel show(FxRobot robot, Locale locale) throws Exception {
        fixture = new ChatFixture(dir, "llama3.2", "qwen2.5-coder:7b", "gemma3:4b");
        return showFixture(robot, locale);
    }

    private ChatViewModel showFixture(FxRobot robot, Locale locale) throws Exception {
        ChatViewModel vm = fixture.viewModel(Platform::runLater, locale);
        robot.interact(() -> {
            ChatView view = new ChatView(vm, new MarkdownBodies(url -> {}, MarkdownStrings.load(locale)),
                    new ChatTexts(vm.messages(), Clock.systemDefaultZone()));
            stage.setScene(new Scene(view.root(), 1280, 820));
            stage.sizeToScene();
            stage.show();
            vm.load();
        });
        waitFor(() -> vm.composer().modelsStateProperty().get() != ComposerViewModel.ModelsState.LOADING);
        return vm;
    }

    private static void ask(FxRobot robot, ChatViewModel vm, String question, boolean waitForAnswer)
            throws Exception {
        robot.interact(() -> {
            vm.composer().draftProperty().set(question);
            vm.send();
        });
        if (waitForAnswer) {
            waitFor(() -> !vm.conversation().isGenerating() && !vm.conversation().items().isEmpty()
                    && !vm.conversation().items().getLast().isUser());
        }
    }

    /** Splits text into small chunks as a model would stream it. */
    static String[] tokens(String text) {
        return text.split("(?<=[ \\n])");
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    private void save(FxRobot robot, String name) throws Exception {
        Thread.sleep(250);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = stage.getScene().snapshot(null));
        BufferedImage image = toBufferedImage(shot[0]);
        Path file = Path.of(DIR).resolve(name);
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
        assertThat(java.util.stream.IntStream.range(0, image.getHeight()).boxed()
                .flatMap(y -> java.util.stream.IntStream.range(0, image.getWidth()).mapToObj(x -> image.getRGB(x, y)))
                .distinct().limit(1000).count()).as("a rendered panel, not a blank image").isGreaterThan(20);
    }

    private static BufferedImage toBufferedImage(WritableImage fx) {
        int w = (int) fx.getWidth();
        int h = (int) fx.getHeight();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = fx.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return image;
    }
}
