package dev.aura.app.shell.status;

import dev.aura.core.tasks.Job;
import dev.aura.core.tasks.JobState;
import dev.aura.core.tasks.TaskRunner;
import dev.aura.core.util.Subscription;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The running background jobs for the status bar. Job events arrive on worker threads, are kept as "latest
 * state per job" and applied in one batch at most once per pulse.
 */
public final class JobsViewModel implements AutoCloseable {
    private final Map<String, Job<?>> pending = new ConcurrentHashMap<>();
    private final Map<String, JobItem> items = new LinkedHashMap<>();
    private final ObservableList<JobItem> jobs = FXCollections.observableArrayList();
    private final ObservableList<JobItem> readOnlyJobs = FXCollections.unmodifiableObservableList(jobs);
    private final UpdateCoalescer coalescer;
    private final Subscription subscription;
    private BiConsumer<String, Throwable> onFailure = (name, error) -> {};

    /** @param fx the FX thread ({@code Platform::runLater}); {@code minInterval} is about a pulse, zero in tests */
    public JobsViewModel(TaskRunner tasks, Executor fx, Duration minInterval) {
        this.coalescer = new UpdateCoalescer(fx, minInterval, this::flush);
        this.subscription = tasks.onJobChanged(this::changed);
        tasks.activeJobs().forEach(this::changed);
    }

    public ObservableList<JobItem> jobs() {
        return readOnlyJobs;
    }

    /** Told (on the FX thread) about each job that failed, with its name and error; cancelled jobs are not failures. */
    public void setOnFailure(BiConsumer<String, Throwable> onFailure) {
        this.onFailure = onFailure;
    }

    private void changed(Job<?> job) {
        pending.put(job.id(), job);
        coalescer.request();
    }

    private void flush() {
        for (String id : pending.keySet()) {
            Job<?> job = pending.remove(id);
            if (job == null) {
                continue;
            }
            JobItem item = items.get(id);
            if (job.state().isDone()) {
                if (item != null) {
                    items.remove(id);
                    jobs.remove(item);
                }
                if (job.state() == JobState.FAILED) {
                    onFailure.accept(job.name(), job.error().orElse(null));
                }
            } else if (item == null) {
                JobItem created = new JobItem(job);
                items.put(id, created);
                jobs.add(created);
            } else {
                item.update(job);
            }
        }
    }

    @Override
    public void close() {
        subscription.close();
    }
}
