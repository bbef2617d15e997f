package dev.aura.plugins.automation.triggers;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A clock that only moves when a test advances it. Advancing runs every task due by then, in time order (ties in the
 * order they were scheduled), on the advancing thread, with {@link #now()} set to each task's time while it runs;
 * tasks those tasks schedule run too when they fall inside the same advance.
 */
final class ManualTriggerClock implements TriggerClock {
    private Instant now;
    private long sequence;
    private final List<Task> tasks = new ArrayList<>();

    ManualTriggerClock(Instant start) {
        this.now = start;
    }

    @Override
    public synchronized Instant now() {
        return now;
    }

    @Override
    public synchronized Scheduled schedule(Instant at, Runnable task) {
        Task scheduled = new Task(at, sequence++, task);
        tasks.add(scheduled);
        return () -> {
            synchronized (this) {
                tasks.remove(scheduled);
            }
        };
    }

    void advance(Duration duration) {
        advanceTo(now().plus(duration));
    }

    void advanceTo(Instant target) {
        while (true) {
            Task due;
            synchronized (this) {
                Optional<Task> first = tasks.stream()
                        .filter(t -> !t.at().isAfter(target))
                        .min(Comparator.comparing(Task::at).thenComparingLong(Task::sequence));
                if (first.isEmpty()) {
                    if (target.isAfter(now)) {
                        now = target;
                    }
                    return;
                }
                due = first.get();
                tasks.remove(due);
                if (due.at().isAfter(now)) {
                    now = due.at();
                }
            }
            due.task().run();
        }
    }

    /** How many tasks wait, for checking that closing cancels them. */
    synchronized int pending() {
        return tasks.size();
    }

    private record Task(Instant at, long sequence, Runnable task) {}
}
