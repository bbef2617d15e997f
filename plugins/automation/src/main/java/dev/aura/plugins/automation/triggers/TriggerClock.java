package dev.aura.plugins.automation.triggers;

import java.time.Instant;

/**
 * Time for triggers: what time it is, and running a task at an instant. The system clock uses real timers; tests use
 * a clock they advance by hand, which runs due tasks in order on the thread that advances it.
 */
public interface TriggerClock {
    Instant now();

    /**
     * Runs {@code task} once, at {@code at} or as soon as possible after it (at once when {@code at} has passed).
     * A task that throws is logged; later tasks still run.
     */
    Scheduled schedule(Instant at, Runnable task);

    /** A task waiting for its time. */
    interface Scheduled {
        /** Stops the task from running if it has not started; cancelling twice or after it ran does nothing. */
        void cancel();
    }

    /**
     * The wall clock with real timers, shared by every caller: one daemon timer thread that hands each due task to a
     * virtual thread, so a slow task never delays another.
     */
    static TriggerClock system() {
        return SystemTriggerClock.INSTANCE;
    }
}
