package dev.aura.plugins.automation.engine;

import java.time.Duration;
import java.time.Instant;

/** Time as the engine sees it, so tests control delays and backoff without waiting. */
public interface Scheduler {
    Instant now();

    void sleep(Duration duration) throws InterruptedException;

    /** The wall clock and real sleeps. */
    Scheduler SYSTEM = new Scheduler() {
        @Override
        public Instant now() {
            return Instant.now();
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
            Thread.sleep(duration);
        }
    };
}
