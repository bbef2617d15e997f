package dev.aura.core.ollama;

import dev.aura.core.events.EventBus;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls Ollama ({@code /api/version}, then {@code /api/tags} for the model count) on a virtual thread and publishes
 * {@link OllamaStatusChanged} when reachability, version, model count, URL or the error change, and once after the
 * first check.
 * Polling starts on first use ({@link #current()} or {@link #checkNow()}), so a CLI run that never asks costs nothing,
 * and stops on {@link #close()}.
 */
public final class OllamaHealthMonitor implements OllamaHealth {
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(OllamaHealthMonitor.class);

    private final OllamaConnection connection;
    private final ModelCatalog catalog;
    private final EventBus events;
    private final Duration interval;
    private final Semaphore wake = new Semaphore(0);
    private Thread poller;
    private volatile OllamaStatus current;
    private volatile boolean published;
    private volatile boolean closed;

    public OllamaHealthMonitor(OllamaConnection connection, EventBus events) {
        this(connection, events, DEFAULT_INTERVAL);
    }

    /** Uses its own catalog with short timeouts, so a hung Ollama shows as down quickly. */
    public OllamaHealthMonitor(OllamaConnection connection, EventBus events, Duration interval) {
        this(connection, new OllamaModelCatalog(connection, Duration.ofSeconds(2), Duration.ofSeconds(5)), events,
                interval);
    }

    public OllamaHealthMonitor(OllamaConnection connection, ModelCatalog catalog, EventBus events, Duration interval) {
        this.connection = Objects.requireNonNull(connection);
        this.catalog = Objects.requireNonNull(catalog);
        this.events = Objects.requireNonNull(events);
        this.interval = Objects.requireNonNull(interval);
        this.current = OllamaStatus.unknown(connection.baseUri());
    }

    @Override
    public OllamaStatus current() {
        ensurePolling();
        return current;
    }

    @Override
    public void checkNow() {
        ensurePolling();
        wake.release();
    }

    private synchronized void ensurePolling() {
        if (poller == null && !closed) {
            poller = Thread.ofVirtual().name("ollama-health").start(this::poll);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (poller != null) {
            poller.interrupt();
        }
    }

    private void poll() {
        while (!closed) {
            check();
            try {
                wake.tryAcquire(interval.toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void check() {
        URI url = connection.baseUri();
        OllamaStatus next;
        try {
            String version = catalog.version();
            int models = catalog.list().size();
            next = new OllamaStatus(url, true, version, models, "", Instant.now());
        } catch (OllamaException e) {
            next = new OllamaStatus(url, false, "", 0, e.getMessage(), Instant.now());
        } catch (RuntimeException e) {
            LOG.warn("Ollama health check failed unexpectedly", e);
            next = new OllamaStatus(url, false, "", 0, e.toString(), Instant.now());
        }
        if (closed) {
            return;
        }
        OllamaStatus previous = current;
        current = next;
        if (!published || changed(previous, next)) {
            published = true;
            LOG.debug("Ollama status: {}", next);
            events.publish(new OllamaStatusChanged(next));
        }
    }

    private static boolean changed(OllamaStatus a, OllamaStatus b) {
        return a.reachable() != b.reachable() || a.modelCount() != b.modelCount()
                || !a.version().equals(b.version()) || !a.url().equals(b.url()) || !a.error().equals(b.error());
    }
}
