package dev.aura.core.tasks;

import dev.aura.core.util.Subscription;
import java.util.List;
import java.util.function.Consumer;

/** Runs named background jobs. The production runner uses virtual threads; tests use the current thread. */
public interface TaskRunner extends AutoCloseable {
    <T> Job<T> submit(String name, Task<T> task);

    /** Jobs that are still running. */
    List<Job<?>> activeJobs();

    /** Called (from any thread) whenever a job starts, reports progress or finishes. */
    Subscription onJobChanged(Consumer<Job<?>> listener);

    @Override
    void close();
}
