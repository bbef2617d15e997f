package dev.aura.app.shell.testing;

import dev.aura.core.events.EventBus;
import dev.aura.core.ollama.OllamaHealth;
import dev.aura.core.ollama.OllamaStatus;
import dev.aura.core.ollama.OllamaStatusChanged;
import java.net.URI;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/** An OllamaHealth the test drives: {@link #reachable}/{@link #unreachable} publish like the real monitor. */
public final class ControllableHealth implements OllamaHealth {
    private final EventBus events;
    private final URI url;
    private volatile OllamaStatus current;
    public final AtomicInteger checks = new AtomicInteger();

    public ControllableHealth(EventBus events, URI url) {
        this.events = events;
        this.url = url;
        this.current = OllamaStatus.unknown(url);
    }

    public void reachable(String version, int models) {
        publish(new OllamaStatus(url, true, version, models, null, Instant.now()));
    }

    public void unreachable(String error) {
        publish(new OllamaStatus(url, false, "", 0, error, Instant.now()));
    }

    private void publish(OllamaStatus status) {
        current = status;
        // the real monitor publishes from its own thread
        Thread.ofVirtual().start(() -> events.publish(new OllamaStatusChanged(status)));
    }

    @Override public OllamaStatus current() { return current; }
    @Override public void checkNow() { checks.incrementAndGet(); }
    @Override public void close() {}
}
