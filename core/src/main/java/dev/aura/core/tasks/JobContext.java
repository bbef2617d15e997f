package dev.aura.core.tasks;

import java.util.concurrent.CancellationException;

public interface JobContext {
    /** @param fraction 0..1, or a negative value for "indeterminate" */
    void progress(double fraction, String message);

    boolean isCancelled();

    default void throwIfCancelled() {
        if (isCancelled()) {
            throw new CancellationException("cancelled");
        }
    }

    /** Runs when the job is cancelled (immediately if it already is); used to abort blocking I/O. */
    void onCancel(Runnable action);
}
