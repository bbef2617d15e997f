package dev.aura.plugins.analytics.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import atlantafx.base.theme.Dracula;
import atlantafx.base.theme.PrimerLight;
import dev.aura.core.usage.ModelPrice;
import dev.aura.plugins.analytics.model.CallRow;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
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
 * Renders the panel over a realistic month (a few thousand calls) to PNGs for a human to look at; runs only with
 * {@code -Daura.shots=DIR} or {@code AURA_SHOTS=DIR}. Each picture is also checked for not being blank.
 */
@ExtendWith(ApplicationExtension.class)
class AnalyticsPanelScreenshots {
    private static final String DIR = System.getProperty("aura.shots",
            System.getenv("AURA_SHOTS") == null ? "" : System.getenv("AURA_SHOTS"));

    @TempDir Path dir;
    private AnalyticsFixture fixture;
    private AnalyticsUi ui;
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
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
    void monthOfUsage(FxRobot robot) throws Exception {
        assumeTrue(!DIR.isBlank(), "screenshots only with -Daura.shots=DIR");
        show(robot, Locale.ENGLISH, 6000, 1280, 900);
        robot.clickOn("#range-month");
        waitFor(() -> ui.dashboardViewModel().dashboard().range().length().toDays() >= 29);
        save(robot, "analytics-overview-light.png");
        saveTall(robot, "analytics-overview-full-light.png");
        robot.interact(() -> Application.setUserAgentStylesheet(new Dracula().getUserAgentStylesheet()));
        save(robot, "analytics-overview-dark.png");
        saveTall(robot, "analytics-overview-full-dark.png");
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));

        robot.interact(() -> ui.dashboardViewModel().toggleModel("qwen2.5-coder:7b"));
        waitFor(() -> ui.dashboardViewModel().dashboard().filter().models().size() == 1);
        save(robot, "analytics-filtered.png");
        robot.interact(() -> ui.dashboardViewModel().clearFilters());

        robot.clickOn("#tab-breakdown .tab-label");
        save(robot, "analytics-breakdown.png");

        robot.clickOn("#tab-calls .tab-label");
        TableView<CallRow> calls = robot.lookup("#calls-table").queryTableView();
        waitFor(() -> calls.getItems().size() >= 200);
        int failed = IntStream.range(0, calls.getItems().size())
                .filter(i -> calls.getItems().get(i).call().errorKind() != null).findFirst().orElse(0);
        robot.interact(() -> {
            calls.scrollTo(Math.max(0, failed - 3));
            calls.getSelectionModel().select(failed);
        });
        save(robot, "analytics-calls.png");

        robot.clickOn("#tab-audit .tab-label");
        robot.clickOn("#audit-verify");
        waitFor(() -> ui.auditViewModel().verificationProperty().get() != null);
        save(robot, "analytics-audit.png");
    }

    @Test
    void pricesDialog(FxRobot robot) throws Exception {
        assumeTrue(!DIR.isBlank(), "screenshots only with -Daura.shots=DIR");
        show(robot, Locale.ENGLISH, 400, 1280, 860);
        robot.clickOn("#prices");
        waitFor(() -> robot.lookup("#prices-table").queryTableView().getItems().size() >= 5);
        Thread.sleep(300);
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = robot.lookup("#prices-table").queryAs(javafx.scene.Node.class).getScene()
                .snapshot(null));
        write(shot[0], "analytics-prices.png");
    }

    @Test
    void thaiPanel(FxRobot robot) throws Exception {
        assumeTrue(!DIR.isBlank(), "screenshots only with -Daura.shots=DIR");
        show(robot, Locale.forLanguageTag("th"), 3000, 1280, 900);
        save(robot, "analytics-thai.png");
        saveTall(robot, "analytics-thai-full.png");
    }

    @Test
    void emptyLog(FxRobot robot) throws Exception {
        assumeTrue(!DIR.isBlank(), "screenshots only with -Daura.shots=DIR");
        show(robot, Locale.ENGLISH, 0, 1280, 800);
        save(robot, "analytics-empty.png");
    }

    private void show(FxRobot robot, Locale locale, int calls, int width, int height) {
        fixture = new AnalyticsFixture(dir);
        fixture.insert(SampleCalls.month(Instant.now(), calls, 60, 7));
        fixture.core.prices().put(new ModelPrice("gpt-4o-mini", 0.15, 0.6, null));
        fixture.core.prices().put(new ModelPrice("llama3.2:3b", 0, 0, 45.0));
        fixture.core.prices().put(new ModelPrice("qwen2.5-coder:7b", 0, 0, 90.0));
        fixture.core.prices().setElectricityPerKwh(0.32);
        fixture.core.audit().append("settings.changed", "ui.theme", Map.of("value", "dark"));
        fixture.core.audit().append("model.deleted", "phi3:mini", Map.of());
        fixture.core.audit().append("prices.changed", "gpt-4o-mini", Map.of("inputPerMillion", 0.15));
        ui = fixture.ui(locale, Platform::runLater, Clock.systemDefaultZone());
        robot.interact(() -> {
            stage.setScene(new Scene((Parent) ui.createView(), width, height));
            stage.show();
            ui.activate();
        });
        waitFor(() -> ui.dashboardViewModel().state() == DashboardViewModel.State.READY
                || ui.dashboardViewModel().state() == DashboardViewModel.State.EMPTY);
    }

    private static void waitFor(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 60 s", e);
        }
    }

    private void save(FxRobot robot, String name) throws Exception {
        Thread.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = stage.getScene().snapshot(null));
        write(shot[0], name);
    }

    /** The whole overview in a scene taller than the headless screen, which only a snapshot can show. */
    private void saveTall(FxRobot robot, String name) throws Exception {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> {
            Scene shown = stage.getScene();
            Parent root = shown.getRoot();
            shown.setRoot(new javafx.scene.layout.Pane());
            Scene tall = new Scene(root, 1440, 1640);
            root.applyCss();
            root.layout();
            shot[0] = tall.snapshot(null);
            tall.setRoot(new javafx.scene.layout.Pane());
            shown.setRoot(root);
        });
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
