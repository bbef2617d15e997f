package dev.aura.core.tasks;


/** Runs each job to the end inside {@link #submit}: deterministic for tests and simple CLI paths. */
public final class CurrentThreadTaskRunner extends RegistryTaskRunner {

    @Override
    public <T> Job<T> submit(String name, Task<T> task) {
        RunningJob<T> job = registry.create(name);
        job.run(task);
        return job;
    }

    @Override
    public void close() {
        registry.cancelAll();
    }
}
