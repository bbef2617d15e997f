package dev.aura.plugins.prompts.cli;

import dev.aura.core.tasks.JobContext;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A run in the foreground of {@code aura cards test}: Ctrl+C cancels it; progress is drawn by the listener. */
final class CliJob implements JobContext {
    private final List<Runnable> onCancel = new CopyOnWriteArrayList<>();
    private volatile boolean cancelled;

    void cancel() {
        cancelled = true;
        onCancel.forEach(Runnable::run);
    }

    @Override
    public void progress(double fraction, String message) {
        // LiveProgress draws progress on a terminal; nothing per cell otherwise
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
