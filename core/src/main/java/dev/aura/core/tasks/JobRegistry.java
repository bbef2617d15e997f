package dev.aura.core.tasks;

import dev.aura.core.util.Subscription;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Active jobs and their listeners; shared by the runner implementations. */
final class JobRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(JobRegistry.class);

    private final AtomicLong ids = new AtomicLong();
    private final Map<String, Job<?>> active = new ConcurrentHashMap<>();
    private final List<Consumer<Job<?>>> listeners = new CopyOnWriteArrayList<>();

    <T> RunningJob<T> create(String name) {
        RunningJob<T> job = new RunningJob<>("job-" + ids.incrementAndGet(), name, this::changed);
        active.put(job.id(), job);
        changed(job);
        return job;
    }

    private void changed(Job<?> job) {
        if (job.state().isDone()) {
            active.remove(job.id());
            // the job's owner shows the error to the user; the log keeps the detail
            job.error().ifPresent(e -> {
                LOG.info("Job '{}' failed: {}", job.name(), e.getMessage());
                LOG.debug("Job '{}' failure detail", job.name(), e);
            });
        }
        for (Consumer<Job<?>> listener : listeners) {
            try {
                listener.accept(job);
            } catch (RuntimeException e) {
                LOG.warn("Job listener failed", e);
            }
        }
    }

    List<Job<?>> active() {
        return List.copyOf(active.values());
    }

    Subscription listen(Consumer<Job<?>> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void cancelAll() {
        active.values().forEach(Job::cancel);
    }
}
