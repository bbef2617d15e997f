package dev.aura.plugins.automation.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A scheduler whose sleeps return at once and move its clock forward, recording every wait. */
public final class ManualScheduler implements Scheduler {
    private Instant now;
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    public ManualScheduler(Instant start) {
        this.now = start;
    }

    @Override
    public synchronized Instant now() {
        return now;
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        sleeps.add(duration);
        synchronized (this) {
            now = now.plus(duration);
        }
    }

    public List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }
}
