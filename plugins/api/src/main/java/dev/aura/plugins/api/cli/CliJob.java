package dev.aura.plugins.api.cli;

import dev.aura.core.tasks.JobContext;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A job run in the foreground of a CLI command: Ctrl+C (through {@link Interrupts}) calls {@link #cancel()}.
 * Progress is the command's own business (a terminal line, or nothing), so it is ignored here.
 */
public final class CliJob implements JobContext {
    private final List<Runnable> onCancel = new CopyOnWriteArrayList<>();
    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
        onCancel.forEach(Runnable::run);
    }

    @Override
    public void progress(double fraction, String message) {
        // commands print their own progress and results
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
