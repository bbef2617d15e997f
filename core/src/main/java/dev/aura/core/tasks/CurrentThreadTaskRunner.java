package dev.aura.core.tasks;

import dev.aura.core.util.Subscription;
import java.util.List;
import java.util.function.Consumer;

/** Runs each job to the end inside {@link #submit}: deterministic for tests and simple CLI paths. */
public final class CurrentThreadTaskRunner implements TaskRunner {
    private final JobRegistry registry = new JobRegistry();

    @Override
    public <T> Job<T> submit(String name, Task<T> task) {
        RunningJob<T> job = registry.create(name);
        job.run(task);
        return job;
    }

    @Override
    public List<Job<?>> activeJobs() {
        return registry.active();
    }

    @Override
    public Subscription onJobChanged(Consumer<Job<?>> listener) {
        return registry.listen(listener);
    }

    @Override
    public void close() {
        registry.cancelAll();
    }
}
