package dev.aura.plugins.automation.triggers;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Real timers on one daemon thread. A wait is cut into pieces of at most a minute and the wall clock is read again
 * after each, because the JDK's timers follow a monotonic clock that stops while a laptop sleeps: without this, a
 * schedule due during the sleep would fire as late as the sleep was long.
 */
final class SystemTriggerClock implements TriggerClock {
    static final SystemTriggerClock INSTANCE = new SystemTriggerClock();
    private static final Logger LOG = LoggerFactory.getLogger(SystemTriggerClock.class);
    private static final long MAX_WAIT_MS = Duration.ofMinutes(1).toMillis();

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "aura-trigger-timer");
        thread.setDaemon(true);
        return thread;
    });

    private SystemTriggerClock() {}

    @Override
    public Instant now() {
        return Instant.now();
    }

    @Override
    public Scheduled schedule(Instant at, Runnable task) {
        Pending pending = new Pending(at, task);
        pending.waitForTime();
        return pending;
    }

    private final class Pending implements Scheduled {
        private final Instant at;
        private final Runnable task;
        private ScheduledFuture<?> future;
        private boolean cancelled;

        Pending(Instant at, Runnable task) {
            this.at = at;
            this.task = task;
        }

        synchronized void waitForTime() {
            if (cancelled) {
                return;
            }
            long left = Duration.between(Instant.now(), at).toMillis();
            if (left <= 0) {
                cancelled = true; // it runs now; a later cancel has nothing to stop
                Thread.ofVirtual().name("aura-trigger-task").start(this::runTask);
                return;
            }
            future = timer.schedule(this::waitForTime, Math.min(left, MAX_WAIT_MS), TimeUnit.MILLISECONDS);
        }

        private void runTask() {
            try {
                task.run();
            } catch (RuntimeException | LinkageError e) {
                LOG.error("A scheduled trigger task failed; the other schedules go on", e);
            }
        }

        @Override
        public synchronized void cancel() {
            cancelled = true;
            if (future != null) {
                future.cancel(false);
            }
        }
    }
}
