package dev.aura.plugins.automation.triggers;

import dev.aura.plugins.automation.model.RunPolicy;
import dev.aura.plugins.automation.model.Trigger;
import dev.aura.plugins.automation.store.RunHistory;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Fires a workflow every N, counted from the last run this trigger started (or from now when it never ran). */
final class IntervalJob implements TriggerJob {
    /** The validator refuses shorter intervals; the service skips them too, so a bad row cannot spin a timer. */
    static final Duration SHORTEST = Duration.ofMinutes(1);

    private final FlowRef flow;
    private final Trigger.Interval trigger;
    private final RunHistory history;
    private final TriggerClock clock;
    private final SafeLauncher launcher;
    private TriggerClock.Scheduled pending;
    private Instant next;
    private boolean cancelled;

    IntervalJob(FlowRef flow, Trigger.Interval trigger, RunHistory history, TriggerClock clock, SafeLauncher launcher) {
        if (trigger.every() == null || trigger.every().compareTo(SHORTEST) < 0) {
            throw new IllegalArgumentException("The interval " + trigger.every() + " is shorter than one minute;"
                    + " edit the workflow and use an interval of at least 1m.");
        }
        this.flow = flow;
        this.trigger = trigger;
        this.history = history;
        this.clock = clock;
        this.launcher = launcher;
    }

    @Override
    public Trigger trigger() {
        return trigger;
    }

    @Override
    public String label() {
        return "interval " + trigger.every();
    }

    @Override
    public Optional<String> start(RunPolicy.MissedRuns missed) {
        Instant now = clock.now();
        Duration every = trigger.every();
        Optional<Instant> last = history.lastStart(flow.id(), label());
        if (last.isEmpty()) {
            scheduleAt(now.plus(every));
            return Optional.empty();
        }
        Instant due = last.get().plus(every);
        if (due.isAfter(now)) {
            scheduleAt(due);
            return Optional.empty();
        }
        if (missed == RunPolicy.MissedRuns.RUN_ONCE) {
            // The catch-up run is a start of this trigger, so the next one is a full interval after it.
            scheduleAt(now.plus(every));
            return Optional.of(label() + " (missed)");
        }
        long slotsPassed = Duration.between(last.get(), now).dividedBy(every);
        scheduleAt(last.get().plus(every.multipliedBy(slotsPassed + 1)));
        return Optional.empty();
    }

    private synchronized void scheduleAt(Instant at) {
        if (cancelled) {
            return;
        }
        next = at;
        pending = clock.schedule(at, () -> fire(at));
    }

    private void fire(Instant due) {
        synchronized (this) {
            if (cancelled) {
                return;
            }
        }
        launcher.launch(flow, label(), Map.of());
        Instant now = clock.now();
        scheduleAt((now.isAfter(due) ? now : due).plus(trigger.every()));
    }

    @Override
    public synchronized Optional<Instant> next() {
        return Optional.ofNullable(next);
    }

    @Override
    public synchronized void cancel() {
        cancelled = true;
        next = null;
        if (pending != null) {
            pending.cancel();
        }
    }
}
