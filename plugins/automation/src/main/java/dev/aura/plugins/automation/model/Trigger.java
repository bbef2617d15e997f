package dev.aura.plugins.automation.model;

import java.nio.file.Path;
import java.time.Duration;

/** What starts a workflow. */
public sealed interface Trigger {
    record Manual() implements Trigger {}

    record Cron(String expression) implements Trigger {}

    record Interval(Duration every) implements Trigger {}

    record FolderWatch(Path folder, Duration debounce) implements Trigger {}

    record AppStart() implements Trigger {}
}
