package dev.aura.plugins.automation.triggers;

import java.util.Map;

/** Starts a triggered run (in the app: {@code FlowRuns.startTriggered}, which applies the overlap policy). */
@FunctionalInterface
public interface TriggerLauncher {
    /**
     * @param trigger   what fired, as the history shows it: "cron 0 9 * * *", "interval PT1H", "folder /p/new.txt",
     *                  "app-start", or "cron 0 9 * * * (missed)" for a catch-up run
     * @param variables for folder watches: {@code file} (the absolute path), {@code fileName} and {@code event}
     *                  ("created" or "modified"); empty otherwise
     */
    void launch(String flowId, String trigger, Map<String, String> variables);
}
