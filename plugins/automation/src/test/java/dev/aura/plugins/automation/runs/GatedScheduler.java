package dev.aura.plugins.automation.runs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.plugins.automation.engine.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Delay steps block until the test lets one through, so a test can look at a run while it is still going. */
final class GatedScheduler implements Scheduler {
    private final Instant now;
    private final Semaphore sleeping = new Semaphore(0);
    private final Semaphore gate = new Semaphore(0);

    GatedScheduler(Instant now) {
        this.now = now;
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        sleeping.release();
        gate.acquire();
    }

    /** Waits until a run has entered a delay (one per call). */
    void awaitSleeping() throws InterruptedException {
        assertThat(sleeping.tryAcquire(10, TimeUnit.SECONDS)).as("a run reached its delay step").isTrue();
    }

    /** True when no further run entered a delay within a short wait. */
    boolean noMoreSleeping() throws InterruptedException {
        return !sleeping.tryAcquire(200, TimeUnit.MILLISECONDS);
    }

    /** Lets one waiting (or the next) delay finish. */
    void release() {
        gate.release();
    }
}
