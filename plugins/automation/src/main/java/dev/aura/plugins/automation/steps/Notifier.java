package dev.aura.plugins.automation.steps;

/** Shows a Notify step's message to the user (a desktop notification in the app, a line in the CLI). */
@FunctionalInterface
public interface Notifier {
    void notify(String title, String message);
}
