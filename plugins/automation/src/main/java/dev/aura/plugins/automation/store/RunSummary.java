package dev.aura.plugins.automation.store;

import dev.aura.plugins.automation.engine.RunStatus;
import java.time.Instant;

/**
 * A row of the run history. {@code trigger} says what started it: "manual", "cron 0 9 * * *", "interval PT1H",
 * "folder /path/file.txt", "app-start", "retry of RUN_ID". {@code finished} and {@code error} are null while it runs;
 * {@code error} is null when it succeeded. {@code retryOf} is the run this one retried, or null.
 */
public record RunSummary(String id, String flowId, String workflow, int version, String trigger, RunStatus status,
                         Instant started, Instant finished, int stepCount, String error, String retryOf) {}
