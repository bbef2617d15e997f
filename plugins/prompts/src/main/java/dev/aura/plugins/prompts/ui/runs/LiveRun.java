package dev.aura.plugins.prompts.ui.runs;

import dev.aura.core.tasks.Job;
import dev.aura.core.tasks.JobContext;
import dev.aura.core.tasks.TaskRunner;
import dev.aura.plugins.prompts.Messages;
import dev.aura.plugins.prompts.cards.CardVersion;
import dev.aura.plugins.prompts.history.CardRunner;
import dev.aura.plugins.prompts.history.StoredRun;
import dev.aura.plugins.prompts.run.CellResult;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * One run in progress: the job on the task runner, the cells it finished (batched to the UI thread) and its counts.
 * Exactly one of {@link Events#stored} or {@link Events#failed} is called at the end, on the UI thread.
 */
final class LiveRun {
    interface Events {
        void cells(LiveRun run, List<CellResult> cells);

        void stored(LiveRun run, StoredRun stored);

        void failed(LiveRun run, Throwable failure);
    }

    private final CardVersion version;
    private final List<String> models;
    private final Instant startedAt;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger total = new AtomicInteger();
    private final CellBatcher<CellResult> batcher;
    private final Executor uiThread;
    private final Events events;
    private Job<StoredRun> job;
    private boolean ended;
    private volatile boolean cancelling;

    LiveRun(CardVersion version, List<String> models, Instant startedAt, int plannedCells, Executor uiThread,
            Events events) {
        this.version = version;
        this.models = List.copyOf(models);
        this.startedAt = startedAt;
        this.uiThread = uiThread;
        this.events = events;
        this.total.set(plannedCells);
        this.batcher = new CellBatcher<>(uiThread, batch -> events.cells(this, batch));
    }

    void start(TaskRunner tasks, String jobName, Supplier<CardRunner> runner, int concurrency, Messages messages) {
        job = tasks.submit(jobName, context -> {
            // built here, off the UI thread: reading the grading models may fail, and that ends this run only
            StoredRun stored = runner.get().run(version, models, concurrency,
                    new LocalizedProgress(context, messages), (cell, finished, all) -> {
                        total.set(all);
                        done.accumulateAndGet(finished, Math::max);
                        batcher.add(cell);
                    });
            // posted before the job ends: a cancelled job's result is a CancellationException, not this run
            uiThread.execute(() -> end(stored, null));
            return stored;
        });
        job.result().whenComplete((value, failure) -> {
            if (failure != null) {
                uiThread.execute(() -> end(null, failure));
            }
        });
    }

    private void end(StoredRun stored, Throwable failure) {
        if (ended) {
            return;
        }
        ended = true;
        batcher.flush();
        if (stored != null) {
            events.stored(this, stored);
        } else {
            events.failed(this, failure instanceof java.util.concurrent.CompletionException c && c.getCause() != null
                    ? c.getCause() : failure);
        }
    }

    boolean cancelling() {
        return cancelling;
    }

    void cancel() {
        cancelling = true;
        if (job != null) {
            job.cancel();
        }
    }

    CardVersion version() {
        return version;
    }

    List<String> models() {
        return models;
    }

    Instant startedAt() {
        return startedAt;
    }

    int done() {
        return done.get();
    }

    int total() {
        return total.get();
    }

    /** The status bar shows the run's progress in the user's language, not the engine's English. */
    private final class LocalizedProgress implements JobContext {
        private final JobContext job;
        private final Messages messages;

        LocalizedProgress(JobContext job, Messages messages) {
            this.job = job;
            this.messages = messages;
        }

        @Override
        public void progress(double fraction, String message) {
            int all = total.get();
            job.progress(fraction, messages.text("runs.progress.cells", Math.round(fraction * all), all));
        }

        @Override
        public boolean isCancelled() {
            return job.isCancelled();
        }

        @Override
        public void onCancel(Runnable action) {
            job.onCancel(action);
        }
    }
}
