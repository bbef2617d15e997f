package dev.aura.app.shell.settings;

import dev.aura.core.audit.AuditLog;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records the Settings dialog's changes that matter (theme, language, Ollama URL, plugins on or off) in the audit
 * log as {@code settings.changed}. The append is database I/O, so it runs off the FX thread; a failure is logged,
 * never shown, since the setting itself was saved.
 */
final class SettingsAudit {
    static final String ACTION = "settings.changed";
    private static final Logger LOG = LoggerFactory.getLogger(SettingsAudit.class);

    private final AuditLog audit;
    private final Executor background;

    SettingsAudit(AuditLog audit, Executor background) {
        this.audit = audit;
        this.background = background;
    }

    /** @param key the setting's key, the entry's subject */
    void changed(String key, Object from, Object to) {
        if (Objects.equals(from, to)) {
            return;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", from == null ? null : from.toString());
        details.put("to", to == null ? null : to.toString());
        append(key, details);
    }

    void pluginEnabled(String pluginId, boolean enabled) {
        append("plugins." + pluginId + ".enabled", Map.of("plugin", pluginId, "to", enabled));
    }

    private void append(String subject, Map<String, ?> details) {
        background.execute(() -> {
            try {
                audit.append(ACTION, subject, details);
            } catch (RuntimeException e) {
                LOG.warn("Could not audit the change of {}", subject, e);
            }
        });
    }
}
