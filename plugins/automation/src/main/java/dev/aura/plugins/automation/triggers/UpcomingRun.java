package dev.aura.plugins.automation.triggers;

import java.time.Instant;

/** When a scheduled trigger of a workflow fires next. */
public record UpcomingRun(String flowId, String workflow, String trigger, Instant at) {}
