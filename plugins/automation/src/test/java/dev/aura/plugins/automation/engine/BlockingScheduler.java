package dev.aura.plugins.automation.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;

/** A scheduler whose sleeps block until interrupted, so a test can cancel a run mid-step. */
final class BlockingScheduler implements Scheduler {
    private final CountDownLatch sleeping = new CountDownLatch(1);

    @Override
    public Instant now() {
        return RunnerFixture.START;
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        sleeping.countDown();
        new CountDownLatch(1).await();
    }

    void awaitSleeping() throws InterruptedException {
        sleeping.await();
    }
}
