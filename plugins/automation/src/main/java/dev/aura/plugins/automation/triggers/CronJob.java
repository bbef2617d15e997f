package dev.aura.plugins.automation.triggers;

import dev.aura.plugins.automation.cron.CronSchedule;
import dev.aura.plugins.automation.model.RunPolicy;
import dev.aura.plugins.automation.model.Trigger;
import dev.aura.plugins.automation.store.RunHistory;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fires a workflow at the times of a cron expression, in the given time zone. */
final class CronJob implements TriggerJob {
    private static final Logger LOG = LoggerFactory.getLogger(CronJob.class);

    private final FlowRef flow;
    private final Trigger.Cron trigger;
    private final CronSchedule schedule;
    private final ZoneId zone;
    private final RunHistory history;
    private final TriggerClock clock;
    private final SafeLauncher launcher;
    private TriggerClock.Scheduled pending;
    private Instant next;
    private boolean cancelled;

    /** @throws dev.aura.plugins.automation.cron.InvalidCronException when the expression is not valid */
    CronJob(FlowRef flow, Trigger.Cron trigger, ZoneId zone, RunHistory history, TriggerClock clock,
            SafeLauncher launcher) {
        this.flow = flow;
        this.trigger = trigger;
        this.schedule = CronSchedule.parse(trigger.expression());
        this.zone = zone;
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
        return "cron " + schedule.expression();
    }

    @Override
    public Optional<String> start(RunPolicy.MissedRuns missed) {
        Instant now = clock.now();
        Optional<String> catchUp = Optional.empty();
        if (missed == RunPolicy.MissedRuns.RUN_ONCE) {
            Optional<Instant> last = history.lastStart(flow.id(), label());
            if (last.isPresent() && firstAfter(last.get()).filter(due -> !due.isAfter(now)).isPresent()) {
                catchUp = Optional.of(label() + " (missed)");
            }
        }
        scheduleAfter(now);
        return catchUp;
    }

    private Optional<Instant> firstAfter(Instant from) {
        List<java.time.ZonedDateTime> runs = schedule.nextRuns(from, zone, 1);
        return runs.isEmpty() ? Optional.empty() : Optional.of(runs.getFirst().toInstant());
    }

    private synchronized void scheduleAfter(Instant from) {
        if (cancelled) {
            return;
        }
        next = firstAfter(from).orElse(null);
        if (next == null) {
            LOG.warn("The cron schedule '{}' of workflow '{}' has no more run times; it will not fire again.",
                    schedule.expression(), flow.name());
            return;
        }
        Instant due = next;
        pending = clock.schedule(due, () -> fire(due));
    }

    private void fire(Instant due) {
        synchronized (this) {
            if (cancelled) {
                return;
            }
        }
        launcher.launch(flow, label(), Map.of());
        Instant now = clock.now();
        // From the later of the two: a timer that woke late (after a sleep) must not fire every slot it slept through.
        scheduleAfter(now.isAfter(due) ? now : due);
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
