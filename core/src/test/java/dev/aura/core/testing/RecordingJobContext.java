package dev.aura.core.testing;

import dev.aura.core.tasks.JobContext;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link JobContext} for tests: records progress and can be cancelled by the test. */
public final class RecordingJobContext implements JobContext {
    private final List<Runnable> cancelActions = new CopyOnWriteArrayList<>();
    private final List<String> messages = new CopyOnWriteArrayList<>();
    private volatile boolean cancelled;

    @Override
    public void progress(double fraction, String message) {
        messages.add(message);
    }

    public List<String> messages() {
        return List.copyOf(messages);
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    public void cancel() {
        cancelled = true;
        cancelActions.forEach(Runnable::run);
    }

    @Override
    public void onCancel(Runnable action) {
        cancelActions.add(action);
        if (cancelled) {
            action.run();
        }
    }
}
