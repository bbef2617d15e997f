package dev.aura.app.shell.window;

import dev.aura.core.settings.Settings;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * The window's remembered geometry ("ui.window.*"). {@link #clampTo} keeps a restored window on a screen that
 * still exists, e.g. after a second monitor was unplugged.
 */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    static final String PREFIX = "ui.window.";
    public static final double MIN_WIDTH = 720;
    public static final double MIN_HEIGHT = 480;
    public static final double DEFAULT_WIDTH = 1200;
    public static final double DEFAULT_HEIGHT = 800;

    public static Optional<WindowBounds> load(Settings settings) {
        double w = settings.getDouble(PREFIX + "width", -1);
        double h = settings.getDouble(PREFIX + "height", -1);
        if (w <= 0 || h <= 0) {
            return Optional.empty();
        }
        return Optional.of(new WindowBounds(
                settings.getDouble(PREFIX + "x", 0),
                settings.getDouble(PREFIX + "y", 0),
                w,
                h,
                settings.getBoolean(PREFIX + "maximized", false)));
    }

    public void save(Settings settings) {
        settings.putDouble(PREFIX + "x", x);
        settings.putDouble(PREFIX + "y", y);
        settings.putDouble(PREFIX + "width", width);
        settings.putDouble(PREFIX + "height", height);
        settings.putBoolean(PREFIX + "maximized", maximized);
    }

    /** Centered default size on the primary screen, shrunk to fit. */
    public static WindowBounds centeredDefault(Rectangle2D primary) {
        double w = Math.min(DEFAULT_WIDTH, primary.getWidth());
        double h = Math.min(DEFAULT_HEIGHT, primary.getHeight());
        return new WindowBounds(
                primary.getMinX() + (primary.getWidth() - w) / 2, primary.getMinY() + (primary.getHeight() - h) / 2, w, h, false);
    }

    /**
     * Fits the bounds on the screen they overlap most (or the first screen when they overlap none): no larger than
     * that screen and entirely on it, so the title bar can always be grabbed.
     */
    public WindowBounds clampTo(List<Rectangle2D> screens) {
        if (screens.isEmpty()) {
            return this;
        }
        Rectangle2D target = screens.getFirst();
        double bestArea = 0;
        for (Rectangle2D s : screens) {
            double area = overlap(s);
            if (area > bestArea) {
                bestArea = area;
                target = s;
            }
        }
        double w = Math.max(Math.min(width, target.getWidth()), Math.min(MIN_WIDTH, target.getWidth()));
        double h = Math.max(Math.min(height, target.getHeight()), Math.min(MIN_HEIGHT, target.getHeight()));
        double nx = clamp(x, target.getMinX(), target.getMaxX() - w);
        double ny = clamp(y, target.getMinY(), target.getMaxY() - h);
        return new WindowBounds(nx, ny, w, h, maximized);
    }

    private double overlap(Rectangle2D s) {
        double ox = Math.min(x + width, s.getMaxX()) - Math.max(x, s.getMinX());
        double oy = Math.min(y + height, s.getMaxY()) - Math.max(y, s.getMinY());
        return ox > 0 && oy > 0 ? ox * oy : 0;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(v, Math.max(min, max)));
    }
}
