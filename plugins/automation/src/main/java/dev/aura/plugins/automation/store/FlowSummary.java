package dev.aura.plugins.automation.store;

import dev.aura.plugins.automation.engine.RunStatus;
import java.time.Instant;

/**
 * A row of the workflow list: the latest version's name and description, and how its last run went.
 * {@code lastStatus} and {@code lastRun} are null when it never ran.
 */
public record FlowSummary(String id, String name, String description, int latestVersion, Instant updated,
                          RunStatus lastStatus, Instant lastRun) {}
