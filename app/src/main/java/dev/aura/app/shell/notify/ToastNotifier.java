package dev.aura.app.shell.notify;

import atlantafx.base.controls.Notification;
import atlantafx.base.theme.Styles;
import dev.aura.plugins.api.Notifier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Shows notifications as AtlantaFX toasts stacked in the window's corner; they hide by themselves. Any thread. */
public final class ToastNotifier implements Notifier {
    private static final Duration SHOW_FOR = Duration.seconds(6);
    private static final Duration SHOW_ERRORS_FOR = Duration.seconds(12);
    private static final int MAX_VISIBLE = 4;

    private final VBox layer = new VBox();

    public ToastNotifier() {
        layer.getStyleClass().add("toast-layer");
        layer.setId("toasts");
        layer.setAlignment(Pos.BOTTOM_RIGHT);
        layer.setPickOnBounds(false);
        layer.setFillWidth(false);
    }

    /** The overlay that holds the toasts; the window stacks it above the panels. */
    public VBox layer() {
        return layer;
    }

    @Override
    public void notify(Level level, String title, String text) {
        if (Platform.isFxApplicationThread()) {
            show(level, title, text);
        } else {
            Platform.runLater(() -> show(level, title, text));
        }
    }

    private void show(Level level, String title, String text) {
        String message = title == null || title.isBlank() ? text : title + "\n" + (text == null ? "" : text);
        Notification toast = new Notification(message, new FontIcon(icon(level)));
        toast.getStyleClass().addAll(Styles.ELEVATED_1, style(level));
        toast.setOnClose(e -> layer.getChildren().remove(toast));
        if (layer.getChildren().size() >= MAX_VISIBLE) {
            layer.getChildren().removeFirst();
        }
        layer.getChildren().add(toast);
        PauseTransition hide = new PauseTransition(level == Level.ERROR ? SHOW_ERRORS_FOR : SHOW_FOR);
        hide.setOnFinished(e -> layer.getChildren().remove(toast));
        hide.play();
    }

    private static Feather icon(Level level) {
        return switch (level) {
            case INFO -> Feather.INFO;
            case SUCCESS -> Feather.CHECK_CIRCLE;
            case WARNING -> Feather.ALERT_TRIANGLE;
            case ERROR -> Feather.X_CIRCLE;
        };
    }

    private static String style(Level level) {
        return switch (level) {
            case INFO -> Styles.ACCENT;
            case SUCCESS -> Styles.SUCCESS;
            case WARNING -> Styles.WARNING;
            case ERROR -> Styles.DANGER;
        };
    }
}
