package dev.aura.plugins.automation.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A scheduler whose sleeps only return once {@code parties} of them wait together, recording how many ever overlap:
 * with a limit of {@code parties} the maximum is exactly {@code parties}; without one it would exceed it.
 */
final class ConcurrencyProbe implements Scheduler {
    private final CyclicBarrier barrier;
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicInteger max = new AtomicInteger();

    ConcurrencyProbe(int parties) {
        this.barrier = new CyclicBarrier(parties);
    }

    @Override
    public Instant now() {
        return RunnerFixture.START;
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        max.accumulateAndGet(active.incrementAndGet(), Math::max);
        try {
            barrier.await();
        } catch (BrokenBarrierException e) {
            throw new IllegalStateException(e);
        } finally {
            active.decrementAndGet();
        }
    }

    int maxConcurrent() {
        return max.get();
    }
}
