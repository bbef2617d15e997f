package dev.aura.plugins.prompts.ui.runs;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Hands items produced on many threads to the UI thread in batches, with at most one task queued on the UI thread at a
 * time: a run of 10,000 fast cells becomes one update per pulse, not 10,000 queued runnables.
 */
final class CellBatcher<T> {
    private final Executor uiThread;
    private final Consumer<List<T>> onBatch;
    private final Queue<T> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    CellBatcher(Executor uiThread, Consumer<List<T>> onBatch) {
        this.uiThread = uiThread;
        this.onBatch = onBatch;
    }

    /** From any thread. */
    void add(T item) {
        pending.add(item);
        if (scheduled.compareAndSet(false, true)) {
            uiThread.execute(this::flush);
        }
    }

    /** On the UI thread: delivers everything added so far (also called directly before the run's end is shown). */
    void flush() {
        // cleared before draining, so an item added meanwhile either is drained now or schedules the next flush
        scheduled.set(false);
        List<T> batch = new ArrayList<>();
        for (T item = pending.poll(); item != null; item = pending.poll()) {
            batch.add(item);
        }
        if (!batch.isEmpty()) {
            onBatch.accept(batch);
        }
    }
}
