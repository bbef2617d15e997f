package dev.aura.plugins.models.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Hands the newest value to the UI thread with at most one pending update: a pull streams hundreds of lines a
 * second and the panel only needs the latest (never one runLater per line).
 */
final class LatestValue<T> {
    private final AtomicReference<T> pending = new AtomicReference<>();
    private final Executor uiThread;
    private final Consumer<T> apply;

    LatestValue(Executor uiThread, Consumer<T> apply) {
        this.uiThread = uiThread;
        this.apply = apply;
    }

    void post(T value) {
        if (pending.getAndSet(value) == null) {
            uiThread.execute(() -> {
                T latest = pending.getAndSet(null);
                if (latest != null) {
                    apply.accept(latest);
                }
            });
        }
    }
}
