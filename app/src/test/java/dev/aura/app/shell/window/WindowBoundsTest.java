package dev.aura.app.shell.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.settings.JsonFileSettings;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowBoundsTest {
    private static final Rectangle2D LEFT = new Rectangle2D(0, 0, 1920, 1080);
    private static final Rectangle2D RIGHT = new Rectangle2D(1920, 0, 1280, 1024);

    @Test
    void boundsOnAVisibleScreenStayAsTheyWere() {
        WindowBounds b = new WindowBounds(100, 50, 1000, 700, false);
        assertThat(b.clampTo(List.of(LEFT, RIGHT))).isEqualTo(b);
    }

    @Test
    void aWindowOnAnUnpluggedMonitorMovesOntoTheRemainingScreen() {
        WindowBounds onRight = new WindowBounds(2200, 100, 1000, 700, true);
        WindowBounds clamped = onRight.clampTo(List.of(LEFT));
        assertThat(clamped.x()).isEqualTo(1920 - 1000);
        assertThat(clamped.y()).isEqualTo(100);
        assertThat(clamped.maximized()).isTrue();
    }

    @Test
    void aWindowLargerThanItsScreenShrinksToFit() {
        WindowBounds huge = new WindowBounds(1950, 10, 3000, 2000, false);
        WindowBounds clamped = huge.clampTo(List.of(LEFT, RIGHT));
        assertThat(clamped.width()).isEqualTo(1280);
        assertThat(clamped.height()).isEqualTo(1024);
        assertThat(clamped.x()).isEqualTo(1920);
    }

    @Test
    void aTitleBarAboveTheScreenIsPulledDown() {
        WindowBounds above = new WindowBounds(100, -300, 800, 600, false);
        assertThat(above.clampTo(List.of(LEFT)).y()).isEqualTo(0);
    }

    @Test
    void boundsSurviveASaveAndLoad(@TempDir Path dir) {
        var settings = JsonFileSettings.load(dir.resolve("settings.json"));
        assertThat(WindowBounds.load(settings)).isEmpty();
        WindowBounds b = new WindowBounds(10, 20, 900, 650, true);
        b.save(settings);
        assertThat(WindowBounds.load(JsonFileSettings.load(dir.resolve("settings.json")))).contains(b);
    }
}
