package dev.aura.app.shell;

import dev.aura.app.shell.window.WindowBounds;
import dev.aura.core.settings.Settings;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Restores the stage to its remembered bounds (clamped to today's screens) and saves them on close. */
final class WindowGeometry {
    private final Stage stage;
    private final Settings settings;

    WindowGeometry(Stage stage, Settings settings) {
        this.stage = stage;
        this.settings = settings;
    }

    void restore() {
        var screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        Rectangle2D primary = Screen.getPrimary().getVisualBounds();
        WindowBounds b = WindowBounds.load(settings)
                .map(saved -> saved.clampTo(screens))
                .orElseGet(() -> WindowBounds.centeredDefault(primary));
        stage.setMinWidth(Math.min(WindowBounds.MIN_WIDTH, primary.getWidth()));
        stage.setMinHeight(Math.min(WindowBounds.MIN_HEIGHT, primary.getHeight()));
        stage.setX(b.x());
        stage.setY(b.y());
        stage.setWidth(b.width());
        stage.setHeight(b.height());
        stage.setMaximized(b.maximized());
    }

    /** A maximized window keeps the normal bounds it had before, so un-maximizing after a restart works. */
    void save() {
        if (stage.isMaximized()) {
            WindowBounds previous = WindowBounds.load(settings)
                    .orElseGet(() -> WindowBounds.centeredDefault(Screen.getPrimary().getVisualBounds()));
            new WindowBounds(previous.x(), previous.y(), previous.width(), previous.height(), true).save(settings);
        } else if (stage.getWidth() > 0 && stage.getHeight() > 0) {
            new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false).save(settings);
        }
    }
}
