package dev.aura.app.shell.notify;

import dev.aura.plugins.api.Notifier;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Notifier} handed to plugin contexts before the window exists: it logs until a window attaches its
 * toasts, and goes back to logging when that window is closed or rebuilt. Any thread.
 */
public final class ForwardingNotifier implements Notifier {
    private static final Logger LOG = LoggerFactory.getLogger("aura.notify");

    private final AtomicReference<Notifier> target = new AtomicReference<>();

    public void attach(Notifier notifier) {
        target.set(Objects.requireNonNull(notifier));
    }

    /** Detaches only if {@code notifier} is still the target, so a rebuilt window is not detached by the old one. */
    public void detach(Notifier notifier) {
        target.compareAndSet(notifier, null);
    }

    @Override
    public void notify(Level level, String title, String text) {
        Notifier t = target.get();
        if (t != null) {
            t.notify(level, title, text);
            return;
        }
        switch (level) {
            case ERROR -> LOG.error("{}: {}", title, text);
            case WARNING -> LOG.warn("{}: {}", title, text);
            default -> LOG.info("{}: {}", title, text);
        }
    }
}
