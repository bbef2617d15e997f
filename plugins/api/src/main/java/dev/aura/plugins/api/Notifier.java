package dev.aura.plugins.api;

/** Desktop notifications from plugins; in the window they show as toasts, headless they are logged. Any thread. */
public interface Notifier {
    enum Level { INFO, SUCCESS, WARNING, ERROR }

    void notify(Level level, String title, String text);

    default void info(String title, String text) {
        notify(Level.INFO, title, text);
    }

    default void error(String title, String text) {
        notify(Level.ERROR, title, text);
    }
}
