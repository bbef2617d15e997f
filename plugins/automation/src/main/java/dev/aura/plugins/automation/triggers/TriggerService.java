package dev.aura.plugins.automation.triggers;

import dev.aura.plugins.automation.model.RunPolicy;
import dev.aura.plugins.automation.store.FlowStore;
import dev.aura.plugins.automation.store.FlowSummary;
import dev.aura.plugins.automation.store.FlowVersion;
import dev.aura.plugins.automation.store.RunHistory;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires the cron, interval, folder-watch and app-start triggers of every saved workflow. Missed schedules (the app
 * was closed when they were due) run once at start or are skipped, per the workflow's policy, judged from the
 * history's last start of that trigger. Thread-safe: refresh may be called from any thread while timers fire.
 */
public final class TriggerService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TriggerService.class);

    private final FlowStore flows;
    private final SafeLauncher launcher;
    private final FlowJobs.Factory factory;
    private final Map<String, FlowJobs> scheduled = new HashMap<>();
    private boolean started;
    private boolean closed;

    /** Cron schedules follow the system time zone. */
    public TriggerService(FlowStore flows, RunHistory history, TriggerLauncher launcher, TriggerClock clock) {
        this(flows, history, launcher, clock, ZoneId.systemDefault());
    }

    /** Cron schedules follow {@code zone}. */
    public TriggerService(FlowStore flows, RunHistory history, TriggerLauncher launcher, TriggerClock clock,
                          ZoneId zone) {
        this.flows = Objects.requireNonNull(flows, "flows");
        this.launcher = new SafeLauncher(launcher);
        this.factory = new FlowJobs.Factory(Objects.requireNonNull(history, "history"),
                Objects.requireNonNull(clock, "clock"), this.launcher, Objects.requireNonNull(zone, "zone"));
    }

    /**
     * Schedules every trigger, catches up missed runs and, when {@code appStarted}, fires app-start triggers.
     * Calling it again only refreshes.
     */
    public void start(boolean appStarted) {
        List<Launch> launches = new ArrayList<>();
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("The triggers were closed; create a new TriggerService to start again.");
            }
            if (started) {
                launches.addAll(sync(false));
            } else {
                started = true;
                launches.addAll(sync(true));
                if (appStarted) {
                    scheduled.values().stream().filter(FlowJobs::startsWithApp)
                            .forEach(jobs -> launches.add(new Launch(jobs.flow(), "app-start")));
                }
            }
        }
        launches.forEach(l -> launcher.launch(l.flow(), l.trigger(), Map.of()));
    }

    /** Re-reads the workflows after one was saved, imported or deleted; does nothing before start or after close. */
    public void refresh() {
        synchronized (this) {
            if (!started || closed) {
                return;
            }
            try {
                sync(false);
            } catch (RuntimeException e) {
                LOG.error("The workflows could not be read again, so their triggers may be out of date until the next"
                        + " save or restart.", e);
            }
        }
    }

    /** The next firing of every scheduled cron and interval trigger, soonest first. */
    public synchronized List<UpcomingRun> upcoming() {
        return scheduled.values().stream()
                .flatMap(jobs -> jobs.upcoming().stream())
                .sorted(Comparator.comparing(UpcomingRun::at).thenComparing(UpcomingRun::workflow))
                .toList();
    }

    /** Stops every schedule and folder watch. */
    @Override
    public synchronized void close() {
        closed = true;
        scheduled.values().forEach(FlowJobs::cancel);
        scheduled.clear();
    }

    /** Aligns the jobs with the store; at start, with each workflow's missed-run policy. Returns catch-up runs. */
    private List<Launch> sync(boolean atStart) {
        List<Launch> launches = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (FlowSummary summary : flows.list()) {
            present.add(summary.id());
            FlowJobs jobs = scheduled.get(summary.id());
            if (jobs != null && jobs.version() == summary.latestVersion()) {
                jobs.retry();
                continue;
            }
            try {
                Optional<FlowVersion> latest = flows.latest(summary.id());
                if (latest.isEmpty()) {
                    continue;
                }
                FlowVersion version = latest.get();
                if (jobs == null) {
                    jobs = new FlowJobs(summary.id(), version.workflow().name(), factory);
                    scheduled.put(summary.id(), jobs);
                }
                RunPolicy.MissedRuns missed = atStart ? version.workflow().policy().missed() : RunPolicy.MissedRuns.SKIP;
                FlowJobs target = jobs;
                jobs.update(version.version(), version.workflow(), missed)
                        .forEach(trigger -> launches.add(new Launch(target.flow(), trigger)));
            } catch (RuntimeException e) {
                LOG.error("The triggers of workflow '{}' could not be scheduled; the other workflows go on.",
                        summary.name(), e);
            }
        }
        scheduled.entrySet().removeIf(entry -> {
            if (present.contains(entry.getKey())) {
                return false;
            }
            entry.getValue().cancel();
            return true;
        });
        return launches;
    }

    private record Launch(FlowRef flow, String trigger) {}
}
