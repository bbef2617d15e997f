package dev.aura.plugins.automation.triggers;

import dev.aura.plugins.automation.store.FlowStore;
import dev.aura.plugins.automation.store.RunHistory;
import java.util.List;

/**
 * CONTRACT SKELETON (helper "triggers" replaces it; it also designs {@code TriggerClock}, the controllable time the
 * tests drive): fires the cron, interval, folder-watch and app-start triggers of every saved workflow. Missed
 * schedules (the app was closed when they were due) run once at start or are skipped, per the workflow's policy,
 * judged from the history's last start of that trigger.
 */
public final class TriggerService implements AutoCloseable {
    public TriggerService(FlowStore flows, RunHistory history, TriggerLauncher launcher, TriggerClock clock) {
        throw new UnsupportedOperationException("CONTRACT SKELETON");
    }

    /** Schedules every trigger, catches up missed runs and, when {@code appStarted}, fires app-start triggers. */
    public void start(boolean appStarted) {
        throw new UnsupportedOperationException("CONTRACT SKELETON");
    }

    /** Re-reads the workflows after one was saved, imported or deleted. */
    public void refresh() {
        throw new UnsupportedOperationException("CONTRACT SKELETON");
    }

    /** The next firing of every scheduled trigger, soonest first. */
    public List<UpcomingRun> upcoming() {
        throw new UnsupportedOperationException("CONTRACT SKELETON");
    }

    /** Stops every schedule and folder watch. */
    @Override
    public void close() {
        throw new UnsupportedOperationException("CONTRACT SKELETON");
    }
}
