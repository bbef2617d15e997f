package dev.aura.plugins.models;

import dev.aura.core.events.EventBus;
import dev.aura.core.util.Subscription;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** Wraps the real bus and counts live subscriptions, so a test can see listeners being released. */
final class CountingEventBus implements EventBus {
    private final EventBus delegate;
    private final AtomicInteger live = new AtomicInteger();

    CountingEventBus(EventBus delegate) {
        this.delegate = delegate;
    }

    int liveSubscriptions() {
        return live.get();
    }

    @Override
    public void publish(Object event) {
        delegate.publish(event);
    }

    @Override
    public <E> Subscription subscribe(Class<E> type, Consumer<? super E> handler) {
        Subscription real = delegate.subscribe(type, handler);
        live.incrementAndGet();
        boolean[] closed = {false};
        return () -> {
            synchronized (closed) {
                if (!closed[0]) {
                    closed[0] = true;
                    live.decrementAndGet();
                    real.close();
                }
            }
        };
    }
}
