package dev.aura.core.tasks;

/** Work run by the {@link TaskRunner}; reports progress and checks cancellation through the context. */
@FunctionalInterface
public interface Task<T> {
    T run(JobContext context) throws Exception;
}
