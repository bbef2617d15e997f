package dev.aura.plugins.automation.model;

import java.util.Objects;

/**
 * How triggered runs behave: whether a schedule that fired while the app was closed runs once on the next start, and
 * what a trigger does while an earlier run of the same workflow is still going. Manual runs always start.
 */
public record RunPolicy(MissedRuns missed, Overlap overlap) {
    public enum MissedRuns { RUN_ONCE, SKIP }

    public enum Overlap { SKIP, QUEUE, PARALLEL }

    public static final RunPolicy DEFAULT = new RunPolicy(MissedRuns.RUN_ONCE, Overlap.SKIP);

    public RunPolicy {
        Objects.requireNonNull(missed, "missed");
        Objects.requireNonNull(overlap, "overlap");
    }
}
