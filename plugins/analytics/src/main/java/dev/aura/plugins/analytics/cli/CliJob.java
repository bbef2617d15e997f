package dev.aura.plugins.analytics.cli;

import dev.aura.core.tasks.JobContext;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The catch-up run in the foreground of a CLI command: Ctrl+C cancels it between chunks. */
final class CliJob implements JobContext {
    private final List<Runnable> onCancel = new CopyOnWriteArrayList<>();
    private volatile boolean cancelled;

    void cancel() {
        cancelled = true;
        onCancel.forEach(Runnable::run);
    }

    @Override
    public void progress(double fraction, String message) {
        // a catch-up is quick after the first run; the command prints its result, not progress
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public void onCancel(Runnable action) {
        onCancel.add(action);
        if (cancelled) {
            action.run();
        }
    }
}
