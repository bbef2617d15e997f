package dev.aura.plugins.automation.runs;

import dev.aura.core.util.Subscription;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link RunEvents} listeners; one that throws is logged and never stops the run or the other listeners. */
final class RunEventBus {
    private static final Logger LOG = LoggerFactory.getLogger(RunEventBus.class);

    private final List<RunEvents> listeners = new CopyOnWriteArrayList<>();

    Subscription subscribe(RunEvents listener) {
        Objects.requireNonNull(listener, "listener");
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void fire(Consumer<RunEvents> event) {
        for (RunEvents listener : listeners) {
            try {
                event.accept(listener);
            } catch (RuntimeException e) {
                LOG.warn("A run progress listener failed; the run goes on", e);
            }
        }
    }
}
