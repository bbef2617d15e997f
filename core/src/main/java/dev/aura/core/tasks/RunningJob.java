package dev.aura.core.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The job state shared by both runners: progress, cancel hooks and the result future. */
final class RunningJob<T> implements Job<T>, JobContext {
    private final String id;
    private final String name;
    private final Consumer<Job<?>> changed;
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private final List<Runnable> cancelActions = new ArrayList<>();
    private volatile JobState state = JobState.RUNNING;
    private volatile double progress = -1;
    private volatile String message = "";
    private volatile Throwable error;
    private volatile boolean cancelled;

    RunningJob(String id, String name, Consumer<Job<?>> changed) {
        this.id = id;
        this.name = name;
        this.changed = changed;
    }

    void run(Task<T> task) {
        try {
            T value = task.run(this);
            if (cancelled) {
                finish(JobState.CANCELLED, new CancellationException("cancelled"));
            } else {
                state = JobState.SUCCEEDED;
                progress = 1;
                changed.accept(this);
                result.complete(value);
            }
        } catch (Throwable t) {
            boolean cancellation = cancelled || t instanceof CancellationException || t instanceof InterruptedException;
            finish(cancellation ? JobState.CANCELLED : JobState.FAILED, t);
            if (t instanceof Error err && !(t instanceof LinkageError)) {
                throw err;
            }
        }
    }

    private void finish(JobState end, Throwable t) {
        state = end;
        error = end == JobState.FAILED ? t : null;
        changed.accept(this);
        result.completeExceptionally(end == JobState.CANCELLED ? new CancellationException("cancelled") : t);
    }

    @Override
    public void progress(double fraction, String text) {
        progress = fraction;
        message = text == null ? "" : text;
        changed.accept(this);
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public void onCancel(Runnable action) {
        boolean runNow;
        synchronized (cancelActions) {
            runNow = cancelled;
            if (!runNow) {
                cancelActions.add(action);
            }
        }
        if (runNow) {
            action.run();
        }
    }

    @Override
    public void cancel() {
        List<Runnable> actions;
        synchronized (cancelActions) {
            if (cancelled || state.isDone()) {
                return;
            }
            cancelled = true;
            actions = List.copyOf(cancelActions);
            cancelActions.clear();
        }
        actions.forEach(RunningJob::runQuietly);
        changed.accept(this);
    }

    private static void runQuietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException ignored) {
            // a cancel hook failing must not prevent the others from running
        }
    }

    @Override public String id() { return id; }
    @Override public String name() { return name; }
    @Override public JobState state() { return state; }
    @Override public double progress() { return progress; }
    @Override public String message() { return message; }
    @Override public Optional<Throwable> error() { return Optional.ofNullable(error); }
    @Override public CompletableFuture<T> result() { return result; }
}
