package dev.aura.plugins.analytics.ui;

import dev.aura.core.tasks.Task;
import dev.aura.core.tasks.TaskRunner;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Runs a database call as a named job on the task runner and hands the result back on the UI thread, so no view
 * model repeats that plumbing and none blocks the FX thread.
 */
final class Background {
    private final TaskRunner tasks;
    private final Executor uiThread;

    Background(TaskRunner tasks, Executor uiThread) {
        this.tasks = tasks;
        this.uiThread = uiThread;
    }

    /** {@code onError} runs on the UI thread with the unwrapped cause; a cancelled job reports nothing. */
    <T> void run(String jobName, Task<T> task, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        tasks.submit(jobName, task).result().whenComplete((value, failure) -> uiThread.execute(() -> {
            Throwable cause = unwrap(failure);
            if (cause == null) {
                onSuccess.accept(value);
            } else if (!(cause instanceof CancellationException)) {
                onError.accept(cause);
            }
        }));
    }

    Executor uiThread() {
        return uiThread;
    }

    static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** The most useful line of a failure for the user: its message, or its type when it has none. */
    static String describe(Throwable failure) {
        Throwable t = unwrap(failure);
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }
}
