package dev.aura.core.events;

import dev.aura.core.util.Subscription;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Synchronous delivery on the publisher's thread; a failing handler is logged and never stops the others. */
public final class SimpleEventBus implements EventBus {
    private static final Logger LOG = LoggerFactory.getLogger(SimpleEventBus.class);

    private record Handler<E>(Class<E> type, Consumer<? super E> consumer) {
        void deliver(Object event) {
            if (type.isInstance(event)) {
                consumer.accept(type.cast(event));
            }
        }
    }

    private final List<Handler<?>> handlers = new CopyOnWriteArrayList<>();

    @Override
    public void publish(Object event) {
        for (Handler<?> handler : handlers) {
            try {
                handler.deliver(event);
            } catch (RuntimeException e) {
                LOG.warn("Event handler for {} failed", handler.type().getSimpleName(), e);
            }
        }
    }

    @Override
    public <E> Subscription subscribe(Class<E> type, Consumer<? super E> consumer) {
        Handler<E> handler = new Handler<>(type, consumer);
        handlers.add(handler);
        return () -> handlers.remove(handler);
    }
}
