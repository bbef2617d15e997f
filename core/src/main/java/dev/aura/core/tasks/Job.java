package dev.aura.core.tasks;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** A named unit of background work visible in the shell's status bar. */
public interface Job<T> {
    String id();

    String name();

    JobState state();

    /** 0..1, or negative while indeterminate. */
    double progress();

    String message();

    Optional<Throwable> error();

    void cancel();

    /** Completes with the task's value; completes exceptionally on failure or cancellation. */
    CompletableFuture<T> result();
}
