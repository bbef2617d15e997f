package dev.aura.plugins.automation.runs;

import java.time.Instant;

/** An Approval step waiting for the user: answer it with {@link ApprovalQueue#answer}. */
public record PendingApproval(String id, String runId, String workflow, String stepId, String message, Instant asked) {}
