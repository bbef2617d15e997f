package dev.aura.app.shell.status;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Turns a burst of change notifications from any thread into at most one flush per interval on the target
 * executor (the FX thread, one pulse apart), so a chatty background job cannot flood the FX event queue.
 */
public final class UpdateCoalescer {
    /** About one JavaFX pulse. */
    public static final Duration PULSE = Duration.ofMillis(16);

    private final Executor target;
    private final long minIntervalNanos;
    private final Runnable flush;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile long lastRunNanos = System.nanoTime() - Long.MAX_VALUE / 2;

    public UpdateCoalescer(Executor target, Duration minInterval, Runnable flush) {
        this.target = target;
        this.minIntervalNanos = minInterval.toNanos();
        this.flush = flush;
    }

    /** Any thread. The flush that follows sees every change made before this call. */
    public void request() {
        if (!scheduled.compareAndSet(false, true)) {
            return;
        }
        long wait = minIntervalNanos - (System.nanoTime() - lastRunNanos);
        if (wait <= 0) {
            target.execute(this::run);
        } else {
            CompletableFuture.delayedExecutor(wait, TimeUnit.NANOSECONDS, target).execute(this::run);
        }
    }

    private void run() {
        scheduled.set(false);
        lastRunNanos = System.nanoTime();
        flush.run();
    }
}
