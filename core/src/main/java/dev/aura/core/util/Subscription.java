package dev.aura.core.util;

/** A handle to a registered listener; closing it removes the listener. Idempotent. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {
    @Override
    void close();

    static Subscription none() {
        return () -> {};
    }
}
