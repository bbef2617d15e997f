package dev.aura.plugins.chat.store.jdbi;

import dev.aura.core.store.sync.SyncedRows;
import dev.aura.plugins.chat.model.ChatMessage;
import dev.aura.plugins.chat.model.MessageFigures;
import dev.aura.plugins.chat.model.MessageStatus;
import dev.aura.plugins.chat.store.AnswerWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Each flush inserts one {@code chat_answer_part} row (no change_log, nothing rewritten); finish writes the whole text
 * to the message row once, through SyncedRows, and drops the parts. The full text is also kept in memory, so finish
 * never depends on the parts (another process's markInterrupted may have taken them).
 */
final class JdbiAnswerWriter implements AnswerWriter {
    private final Jdbi jdbi;
    private final UUID messageId;
    private final StringBuilder full = new StringBuilder();
    private final StringBuilder pending = new StringBuilder();
    private int nextSeq;

    JdbiAnswerWriter(Jdbi jdbi, UUID messageId) {
        this.jdbi = jdbi;
        this.messageId = messageId;
    }

    @Override
    public UUID messageId() {
        return messageId;
    }

    @Override
    public void append(String text) {
        if (text != null && !text.isEmpty()) {
            full.append(text);
            pending.append(text);
        }
    }

    @Override
    public void flush() {
        if (pending.isEmpty()) {
            return;
        }
        String batch = pending.toString();
        int seq = nextSeq;
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO chat_answer_part (message_id, seq, part_text) VALUES (?, ?, ?)")
                .bind(0, messageId).bind(1, seq).bind(2, batch).execute());
        nextSeq++;
        pending.setLength(0);
    }

    @Override
    public ChatMessage finish(MessageStatus status, MessageFigures figures, String errorKind, String errorMessage) {
        String content = full.toString();
        return jdbi.inTransaction(h -> {
            Map<String, Object> columns = new LinkedHashMap<>();
            columns.put("content", content);
            columns.put("status", status.name());
            MessageRows.putFigures(columns, figures);
            columns.put("error_kind", errorKind);
            columns.put("error_message", SqlValues.truncate(errorMessage, MessageRows.MAX_ERROR));
            SyncedRows.update(h, ChatSchema.MESSAGES, messageId, columns);
            h.createUpdate("DELETE FROM chat_answer_part WHERE message_id = ?").bind(0, messageId).execute();
            pending.setLength(0);
            return MessageRows.find(h, messageId).orElseThrow(() -> new IllegalStateException(
                    "The answer " + messageId + " was deleted while it was being written"));
        });
    }
}
