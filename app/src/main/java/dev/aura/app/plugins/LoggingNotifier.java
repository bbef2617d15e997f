package dev.aura.app.plugins;

import dev.aura.plugins.api.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Headless runs have no toasts: notifications go to the log. */
public final class LoggingNotifier implements Notifier {
    private static final Logger LOG = LoggerFactory.getLogger("aura.notify");

    @Override
    public void notify(Level level, String title, String text) {
        switch (level) {
            case ERROR -> LOG.error("{}: {}", title, text);
            case WARNING -> LOG.warn("{}: {}", title, text);
            default -> LOG.info("{}: {}", title, text);
        }
    }
}
