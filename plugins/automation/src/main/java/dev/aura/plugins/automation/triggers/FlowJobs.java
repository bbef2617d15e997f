package dev.aura.plugins.automation.triggers;

import dev.aura.plugins.automation.model.RunPolicy;
import dev.aura.plugins.automation.model.Trigger;
import dev.aura.plugins.automation.model.Workflow;
import dev.aura.plugins.automation.store.RunHistory;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running triggers of one workflow version. Guarded by the service's lock; the jobs guard themselves. */
final class FlowJobs {
    private static final Logger LOG = LoggerFactory.getLogger(FlowJobs.class);

    private final FlowRef flow;
    private final Factory factory;
    private final List<TriggerJob> jobs = new ArrayList<>();
    private int version;
    private boolean startsWithApp;

    /** What every job needs besides its workflow and trigger. */
    record Factory(RunHistory history, TriggerClock clock, SafeLauncher launcher, ZoneId zone) {
        Optional<TriggerJob> create(FlowRef flow, Trigger trigger) {
            try {
                return switch (trigger) {
                    case Trigger.Cron c -> Optional.of(new CronJob(flow, c, zone, history, clock, launcher));
                    case Trigger.Interval i -> Optional.of(new IntervalJob(flow, i, history, clock, launcher));
                    case Trigger.FolderWatch w -> Optional.of(new FolderWatchJob(flow, w, clock, launcher));
                    case Trigger.Manual m -> Optional.empty();
                    case Trigger.AppStart a -> Optional.empty();
                };
            } catch (IllegalArgumentException e) {
                LOG.warn("A trigger of workflow '{}' is not scheduled: {}", flow.name(), e.getMessage());
                return Optional.empty();
            }
        }
    }

    FlowJobs(String flowId, String name, Factory factory) {
        this.flow = new FlowRef(flowId, name);
        this.factory = factory;
    }

    FlowRef flow() {
        return flow;
    }

    int version() {
        return version;
    }

    /** Whether the workflow has an app-start trigger. */
    boolean startsWithApp() {
        return startsWithApp;
    }

    /**
     * Brings the jobs in line with {@code workflow}: jobs whose trigger is unchanged keep running (a folder watch keeps
     * its pending files), the others stop, new ones start. Returns the catch-up runs to launch.
     */
    List<String> update(int newVersion, Workflow workflow, RunPolicy.MissedRuns missed) {
        version = newVersion;
        flow.rename(workflow.name());
        startsWithApp = workflow.triggers().stream().anyMatch(Trigger.AppStart.class::isInstance);
        List<TriggerJob> old = new ArrayList<>(jobs);
        jobs.clear();
        List<String> catchUps = new ArrayList<>();
        for (Trigger trigger : workflow.triggers()) {
            Optional<TriggerJob> kept = claim(old, trigger);
            if (kept.isPresent()) {
                jobs.add(kept.get());
                continue;
            }
            factory.create(flow, trigger).ifPresent(job -> {
                jobs.add(job);
                try {
                    job.start(missed).ifPresent(catchUps::add);
                } catch (RuntimeException e) {
                    LOG.error("The trigger '{}' of workflow '{}' could not start; the others go on.", job.label(),
                            flow.name(), e);
                }
            });
        }
        old.forEach(TriggerJob::cancel);
        return catchUps;
    }

    private static Optional<TriggerJob> claim(List<TriggerJob> old, Trigger trigger) {
        for (Iterator<TriggerJob> it = old.iterator(); it.hasNext(); ) {
            TriggerJob job = it.next();
            if (job.trigger().equals(trigger)) {
                it.remove();
                return Optional.of(job);
            }
        }
        return Optional.empty();
    }

    void retry() {
        jobs.forEach(TriggerJob::retry);
    }

    List<UpcomingRun> upcoming() {
        List<UpcomingRun> upcoming = new ArrayList<>();
        for (TriggerJob job : jobs) {
            job.next().ifPresent(at -> upcoming.add(new UpcomingRun(flow.id(), flow.name(), job.label(), at)));
        }
        return upcoming;
    }

    void cancel() {
        jobs.forEach(TriggerJob::cancel);
        jobs.clear();
    }
}
