package dev.aura.plugins.models.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import atlantafx.base.theme.Dracula;
import atlantafx.base.theme.PrimerLight;
import dev.aura.core.ollama.OllamaConnection;
import dev.aura.core.ollama.OllamaModelCatalog;
import dev.aura.core.tasks.VirtualThreadTaskRunner;
import dev.aura.core.testing.FakeModel;
import dev.aura.core.testing.FakeOllamaServer;
import dev.aura.core.testing.PullScript;
import dev.aura.plugins.models.Messages;
import dev.aura.plugins.models.ModelTimes;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
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
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the panel to PNGs for a human to look at; runs only with {@code -Daura.shots=DIR}. Each picture is also
 * checked for not being blank, so a broken render fails instead of producing an empty file.
 */
@ExtendWith(ApplicationExtension.class)
class ModelsPanelScreenshots {
    private static final String DIR = System.getProperty("aura.shots", "");

    private final FakeOllamaServer ollama = new FakeOllamaServer()
            .pullScript(new PullScript(List.of(2_019_393_189L, 12_000L), 40, Duration.ofMillis(60), -1));
    private final VirtualThreadTaskRunner tasks = new VirtualThreadTaskRunner();
    private Stage stage;

    @Start
    void start(Stage primary) {
        this.stage = primary;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    @AfterEach
    void stopOllama() {
        tasks.close();
        ollama.close();
    }

    @Test
    void panelWithModelsDetailsAndAPull(FxRobot robot) throws Exception {
        assumeTrue(!DIR.isBlank(), "screenshots only with -Daura.shots=DIR");
        seedModels();
        ModelsViewModel vm = show(robot, Locale.ENGLISH);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.installedModels().size() == 4);
        robot.interact(() -> vm.selectedProperty().set(vm.installedModels().stream()
                .filter(m -> m.name().startsWith("llama3.1")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.details().detailsProperty().get() != null);
        robot.interact(() -> vm.pull().pull("llama3.2"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> vm.pull().fractionProperty().get() > 0.42 && !vm.pull().detailProperty().get().isEmpty());
        save(robot, "models-panel.png");
        robot.interact(() -> vm.pull().cancel());
    }

    @Test
    void darkTheme(FxRobot robot) throws Exception {
        assumeTrue(!DIR.isBlank(), "screenshots only with -Daura.shots=DIR");
        seedModels();
        robot.interact(() -> Application.setUserAgentStylesheet(new Dracula().getUserAgentStylesheet()));
        try {
            ModelsViewModel vm = show(robot, Locale.ENGLISH);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.installedModels().size() == 4);
            robot.interact(() -> vm.selectedProperty().set(vm.installedModels().getFirst()));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.details().detailsProperty().get() != null);
            save(robot, "models-dracula.png");
        } finally {
            robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        }
    }

    @Test
    void narrowPanelPutsDetailsBelow(FxRobot robot) throws Exception {
        assumeTrue(!DIR.isBlank(), "screenshots only with -Daura.shots=DIR");
        seedModels();
        ModelsViewModel vm = show(robot, Locale.ENGLISH);
        robot.interact(() -> stage.getScene().getWindow().setWidth(880));
        robot.interact(() -> stage.getScene().getWindow().setHeight(680));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.details().detailsProperty().get() != null);
        save(robot, "models-narrow.png");
    }

    @Test
    void emptyState(FxRobot robot) throws Exception {
        assumeTrue(!DIR.isBlank(), "screenshots only with -Daura.shots=DIR");
        ModelsViewModel vm = show(robot, Locale.ENGLISH);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.getState() == ModelsViewModel.State.EMPTY);
        save(robot, "models-empty.png");
    }

    @Test
    void ollamaDownKeepsTheList(FxRobot robot) throws Exception {
        assumeTrue(!DIR.isBlank(), "screenshots only with -Daura.shots=DIR");
        seedModels();
        ModelsViewModel vm = show(robot, Locale.ENGLISH);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.installedModels().size() == 4);
        ollama.stop();
        robot.interact(() -> vm.pull().pull("llama3.2"));
        robot.interact(vm::refresh);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.getState() == ModelsViewModel.State.ERROR
                && vm.pull().failureProperty().get() != null);
        save(robot, "models-error.png");
    }

    @Test
    void thaiPanel(FxRobot robot) throws Exception {
        assumeTrue(!DIR.isBlank(), "screenshots only with -Daura.shots=DIR");
        seedModels();
        ModelsViewModel vm = show(robot, Locale.forLanguageTag("th"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.installedModels().size() == 4);
        robot.interact(() -> vm.selectedProperty().set(vm.installedModels().getFirst()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.details().detailsProperty().get() != null);
        save(robot, "models-thai.png");
    }

    private void seedModels() {
        Instant now = Instant.now();
        ollama.addModel(at(FakeModel.named("llama3.1:8b").withFamily("llama", "8.0B", "Q4_K_M")
                .withSize(4_920_753_328L), now.minus(Duration.ofDays(12))));
        ollama.addModel(at(FakeModel.named("qwen2.5-coder:7b").withFamily("qwen2", "7.6B", "Q4_K_M")
                .withSize(4_683_087_519L), now.minus(Duration.ofHours(5))));
        ollama.addModel(at(FakeModel.named("gemma3:1b").withFamily("gemma3", "999.89M", "Q4_K_M")
                .withSize(815_319_791L), now.minus(Duration.ofDays(40))));
        ollama.addModel(at(FakeModel.named("nomic-embed-text").withFamily("nomic-bert", "137M", "F16")
                .withSize(274_302_450L), now.minus(Duration.ofDays(3))));
        ollama.markRunning("llama3.1:8b", now.plus(Duration.ofMinutes(4)));
        ollama.publish(FakeModel.named("llama3.2"));
    }

    private static FakeModel at(FakeModel m, Instant modified) {
        return new FakeModel(m.name(), m.family(), m.parameterSize(), m.quantizationLevel(), m.format(), m.size(),
                m.digest(), modified, m.contextLength());
    }

    private ModelsViewModel show(FxRobot robot, Locale locale) {
        OllamaConnection connection = new OllamaConnection(ollama.url());
        Messages messages = Messages.load(locale);
        ModelsViewModel vm = new ModelsViewModel(new OllamaModelCatalog(connection), tasks, Platform::runLater,
                messages, connection::baseUri, (level, title, text) -> {});
        robot.interact(() -> {
            ModelsView view = new ModelsView(vm, new ModelTimes(messages, Clock.systemDefaultZone()), (o, m) -> false);
            stage.setScene(new Scene(view.root(), 1280, 800));
            stage.sizeToScene(); // the stage outlives each test; an earlier test may have resized it
            stage.show();
            vm.refresh();
        });
        return vm;
    }

    private void save(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = stage.getScene().snapshot(null));
        BufferedImage image = toBufferedImage(shot[0]);
        Path file = Path.of(DIR).resolve(name);
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
        assertThat(distinctColors(image)).as("a rendered panel, not a blank image").isGreaterThan(20);
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

    private static long distinctColors(BufferedImage image) {
        return java.util.stream.IntStream.range(0, image.getHeight()).boxed()
                .flatMap(y -> java.util.stream.IntStream.range(0, image.getWidth()).mapToObj(x -> image.getRGB(x, y)))
                .distinct().limit(1000).count();
    }
}
