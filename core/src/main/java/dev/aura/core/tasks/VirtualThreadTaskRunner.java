package dev.aura.core.tasks;

import dev.aura.core.util.Subscription;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Production runner: one virtual thread per job. Cancelling also interrupts the job's thread. */
public final class VirtualThreadTaskRunner implements TaskRunner {
    private final JobRegistry registry = new JobRegistry();
    private final ExecutorService executor =
            Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("aura-job-", 0).factory());

    @Override
    public <T> Job<T> submit(String name, Task<T> task) {
        RunningJob<T> job = registry.create(name);
        executor.execute(() -> {
            Thread worker = Thread.currentThread();
            job.onCancel(worker::interrupt);
            job.run(task);
            Thread.interrupted(); // clear a late interrupt so it cannot leak to the next job on a reused carrier
        });
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
        executor.shutdown();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
