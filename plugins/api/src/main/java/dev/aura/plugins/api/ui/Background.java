package dev.aura.plugins.api.ui;

import dev.aura.core.tasks.Task;
import dev.aura.core.tasks.TaskRunner;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;

/**
 * Runs a database or model call as a named job on the task runner and hands the result back on the UI thread, so no
 * plugin's view model repeats that plumbing and none blocks the FX thread. A failure without its own handler goes to
 * {@code onFailure} with the job's name (a panel's error banner); a cancelled job reports nothing.
 */
public final class Background {
    private final TaskRunner tasks;
    private final Executor uiThread;
    private final BiConsumer<String, Throwable> onFailure;

    /** For view models that handle every failure themselves: unhandled ones are only logged. */
    public Background(TaskRunner tasks, Executor uiThread) {
        this(tasks, uiThread, (job, failure) -> LoggerFactory.getLogger(Background.class)
                .warn("Background job '{}' failed", job, failure));
    }

    /** @param onFailure called on the UI thread with the job's name and the cause */
    public Background(TaskRunner tasks, Executor uiThread, BiConsumer<String, Throwable> onFailure) {
        this.tasks = tasks;
        this.uiThread = uiThread;
        this.onFailure = onFailure;
    }

    public <T> void run(String jobName, Task<T> task, Consumer<T> onSuccess) {
        run(jobName, task, onSuccess, failure -> onFailure.accept(jobName, failure));
    }

    public <T> void run(String jobName, Task<T> task, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        tasks.submit(jobName, task).result().whenComplete((value, failure) -> uiThread.execute(() -> {
            Throwable cause = unwrap(failure);
            if (cause == null) {
                onSuccess.accept(value);
            } else if (!(cause instanceof CancellationException)) {
                onError.accept(cause);
            }
        }));
    }

    /** Shows a failure that did not come from {@link #run} (on the UI thread). */
    public void report(String jobName, Throwable failure) {
        onFailure.accept(jobName, unwrap(failure));
    }

    public Executor uiThread() {
        return uiThread;
    }

    public static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** The most useful line of a failure for the user: its message, or its type when it has none. */
    public static String describe(Throwable failure) {
        Throwable t = unwrap(failure);
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }
}
