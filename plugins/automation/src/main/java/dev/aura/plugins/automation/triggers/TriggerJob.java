package dev.aura.plugins.automation.triggers;

import dev.aura.plugins.automation.model.RunPolicy;
import dev.aura.plugins.automation.model.Trigger;
import java.time.Instant;
import java.util.Optional;

/** One scheduled or watching trigger of one workflow. Thread-safe: timers fire while the service cancels jobs. */
sealed interface TriggerJob permits CronJob, IntervalJob, FolderWatchJob {
    Trigger trigger();

    /**
     * Starts timing or watching. With {@code RUN_ONCE}, returns the trigger text of one catch-up run when a firing
     * was due since this trigger last started a run; the caller launches it (outside its locks). {@code SKIP} is
     * also what a refresh uses: nothing counts as missed while the app was running.
     */
    Optional<String> start(RunPolicy.MissedRuns missed);

    /** When it fires next; empty for folder watches. */
    Optional<Instant> next();

    /** What the run history shows, for example "cron 0 9 * * *". */
    String label();

    /** Tries again what failed to start (a folder that did not exist); cheap when nothing failed. */
    default void retry() {}

    void cancel();
}
