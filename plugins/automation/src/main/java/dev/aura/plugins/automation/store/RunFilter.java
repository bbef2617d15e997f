package dev.aura.plugins.automation.store;

import dev.aura.plugins.automation.engine.RunStatus;
import java.time.Instant;

/**
 * Which runs the history list shows. Every field may be null (no filter). {@code trigger} matches the start of
 * {@link RunSummary#trigger()} ("manual", "cron", "interval", "folder", "app-start", "retry").
 * {@code from} is inclusive and {@code to} exclusive, on the start time.
 */
public record RunFilter(String flowId, RunStatus status, String trigger, Instant from, Instant to) {
    public static final RunFilter ALL = new RunFilter(null, null, null, null, null);

    public static RunFilter of(String flowId) {
        return new RunFilter(flowId, null, null, null, null);
    }
}
