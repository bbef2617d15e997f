package dev.aura.core.events;

import dev.aura.core.util.Subscription;
import java.util.function.Consumer;

/** Typed events for cross-plugin notifications only; state lives in repositories. */
public interface EventBus {
    void publish(Object event);

    /** Receives events assignable to {@code type}, on the publishing thread. */
    <E> Subscription subscribe(Class<E> type, Consumer<? super E> handler);
}
