package dev.aura.plugins.chat.ui;

import dev.aura.core.tasks.Task;
import dev.aura.core.tasks.TaskRunner;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Runs a database or model call as a named job on the task runner and hands the result back on the UI thread. A
 * failure goes to the panel's error banner with the job's name, so no view model repeats that plumbing.
 */
public final class Background {
    private final TaskRunner tasks;
    private final Executor uiThread;
    private final BiConsumer<String, Throwable> onFailure;

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

    static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
