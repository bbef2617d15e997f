package dev.aura.core.tasks;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Production runner: one virtual thread per job. Cancelling also interrupts the job's thread. */
public final class VirtualThreadTaskRunner extends RegistryTaskRunner {
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
