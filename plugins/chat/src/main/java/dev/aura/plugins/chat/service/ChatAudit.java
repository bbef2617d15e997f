package dev.aura.plugins.chat.service;

import dev.aura.core.audit.AuditLog;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chat actions worth an audit entry: an import ({@code chat.imported}, from the window or {@code aura chat
 * import}) and emptying the trash ({@code chat.trash.emptied}). Counts and file names only, never message content.
 * Called on background threads after the change committed; a failed append is logged, never shown.
 */
public final class ChatAudit {
    private static final Logger LOG = LoggerFactory.getLogger(ChatAudit.class);

    private final AuditLog audit;

    public ChatAudit(AuditLog audit) {
        this.audit = audit;
    }

    public void imported(Path file, String format, int conversations, int messages) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("format", format);
        details.put("conversations", conversations);
        details.put("messages", messages);
        append("chat.imported", file.getFileName().toString(), details);
    }

    public void trashEmptied(int conversations) {
        append("chat.trash.emptied", "trash", Map.of("conversations", conversations));
    }

    private void append(String action, String subject, Map<String, ?> details) {
        try {
            audit.append(action, subject, details);
        } catch (RuntimeException e) {
            LOG.warn("Could not audit {} of {}", action, subject, e);
        }
    }
}
