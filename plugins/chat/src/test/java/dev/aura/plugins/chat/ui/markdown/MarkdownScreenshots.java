package dev.aura.plugins.chat.ui.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import atlantafx.base.theme.Dracula;
import atlantafx.base.theme.PrimerLight;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.IntStream;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Renders every Markdown element to PNGs for a human to look at; runs only with {@code -Daura.shots=DIR}. */
@ExtendWith(ApplicationExtension.class)
class MarkdownScreenshots {
    private static final String DIR = System.getProperty("aura.shots", "");
    static final String SAMPLE = """
            # Heading one
            ## Heading two
            A paragraph with **bold**, *italic*, ~~struck~~, `inline code` and [a link](https://example.org), \
            long enough to wrap onto a second line in a window of this width.

            ภาษาไทยต้องตัดบรรทัดให้ถูกต้องเมื่อข้อความยาวเกินความกว้างของหน้าต่าง และ **ตัวหนา** ก็ต้องแสดงได้ถูกต้องเช่นกัน

            1. First step
            2. Second step
               - nested bullet
               - another one
            3. Third step

            - [x] a finished task
            - [ ] an open task

            > A quote that says something wise
            > over two lines.

            ```python
            def greet(name):
                print(f"Hello, {name}! This line is long enough that it has to scroll sideways instead of wrapping.")
            ```

            | Model | Size | Notes |
            |:------|-----:|-------|
            | llama3.2 | 2.0 GB | small and fast |
            | gemma3 | 3.3 GB | good at **reasoning** |

            ---

            ### Heading three
            The end.
            """;

    private Stage stage;

    @Start
    void start(Stage primary) {
        this.stage = primary;
    }

    @Test
    void everyElementInLightAndDarkThemes(FxRobot robot) throws Exception {
        assumeTrue(!DIR.isBlank(), "screenshots only with -Daura.shots=DIR");
        shoot(robot, new PrimerLight().getUserAgentStylesheet(), "markdown-light.png");
        shoot(robot, new Dracula().getUserAgentStylesheet(), "markdown-dark.png");
    }

    private void shoot(FxRobot robot, String theme, String name) throws Exception {
        robot.interact(() -> {
            Application.setUserAgentStylesheet(theme);
            StreamingMarkdownView view = new StreamingMarkdownView(link -> {}, MarkdownStrings.load(Locale.ENGLISH));
            view.setText(SAMPLE);
            view.setStyle("-fx-padding: 12; -fx-background-color: -color-bg-default;");
            ScrollPane scroll = new ScrollPane(view);
            scroll.setFitToWidth(true);
            Scene scene = new Scene(scroll, 640, 1000);
            scene.getStylesheets().add(MarkdownRenderer.STYLESHEET);
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = stage.getScene().snapshot(null));
        BufferedImage image = new BufferedImage((int) shot[0].getWidth(), (int) shot[0].getHeight(), BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = shot[0].getPixelReader();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Path file = Path.of(DIR).resolve(name);
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
        long colors = IntStream.range(0, image.getHeight()).boxed()
                .flatMapToInt(y -> IntStream.range(0, image.getWidth()).map(x -> image.getRGB(x, y))).distinct().count();
        assertThat(colors).as("a rendered page, not a blank image").isGreaterThan(20);
    }
}
