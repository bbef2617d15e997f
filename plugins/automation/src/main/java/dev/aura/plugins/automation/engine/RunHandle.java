package dev.aura.plugins.automation.engine;

import dev.aura.plugins.automation.steps.RunContext;
import java.util.concurrent.CompletableFuture;

/** A run in progress: its outcome, and a way to cancel it. */
public final class RunHandle {
    private final RunContext context;
    private final CompletableFuture<RunRecord> result;
    private volatile Thread thread;

    RunHandle(RunContext context, CompletableFuture<RunRecord> result) {
        this.context = context;
        this.result = result;
    }

    void runningOn(Thread runThread) {
        this.thread = runThread;
    }

    /** Stops the run: the current step is interrupted and no further step starts. */
    public void cancel() {
        context.cancel();
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
    }

    public CompletableFuture<RunRecord> result() {
        return result;
    }
}
