package dev.aura.plugins.automation.ui.runs;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * Turns a flood of "something changed" calls from the runs' threads into at most one refresh on the UI thread per
 * pulse (~16 ms): one task is queued at a time, and one asked for sooner than a pulse after the last refresh waits
 * for the rest of it. A run of 1,000 fast steps becomes a refresh per frame, not 1,000 queued runnables.
 */
final class PulseThrottle {
    static final long PULSE_NANOS = TimeUnit.MILLISECONDS.toNanos(16);

    private final Executor uiThread;
    private final Runnable refresh;
    private final LongSupplier nanoTime;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile long lastRefresh = Long.MIN_VALUE / 2;
    private volatile boolean stopped;

    PulseThrottle(Executor uiThread, Runnable refresh) {
        this(uiThread, refresh, System::nanoTime);
    }

    PulseThrottle(Executor uiThread, Runnable refresh, LongSupplier nanoTime) {
        this.uiThread = uiThread;
        this.refresh = refresh;
        this.nanoTime = nanoTime;
    }

    /** From any thread. */
    void request() {
        if (stopped || !scheduled.compareAndSet(false, true)) {
            return;
        }
        long wait = lastRefresh + PULSE_NANOS - nanoTime.getAsLong();
        if (wait <= 0) {
            uiThread.execute(this::run);
        } else {
            CompletableFuture.delayedExecutor(wait, TimeUnit.NANOSECONDS, uiThread).execute(this::run);
        }
    }

    void stop() {
        stopped = true;
    }

    private void run() {
        // cleared first: a change made during the refresh schedules the next one
        scheduled.set(false);
        lastRefresh = nanoTime.getAsLong();
        if (!stopped) {
            refresh.run();
        }
    }
}
