package dev.aura.plugins.chat.store.jdbi;

import static dev.aura.plugins.chat.store.jdbi.SqlValues.uuid;

import dev.aura.core.store.sync.SyncedRows;
import dev.aura.plugins.chat.model.Attachment;
import dev.aura.plugins.chat.model.ChatMessage;
import dev.aura.plugins.chat.model.MessageFigures;
import dev.aura.plugins.chat.model.MessageRole;
import dev.aura.plugins.chat.model.MessageStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads and writes message rows and their attachments. */
final class MessageRows {
    static final int MAX_ERROR = 4000;
    /** What a message record needs; the sync columns stay behind. */
    private static final String COLUMNS = "id, conversation_id, parent_id, role, content, status, model, prompt_tokens,"
            + " output_tokens, time_to_first_token_ms, tokens_per_second, duration_ms, error_kind, error_message, sent_at";

    private MessageRows() {}

    /** Inserts a message and its attachments with the given id and time; returns the id. */
    static UUID insert(Handle h, ChatMessage m, UUID id, Instant sentAt) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("conversation_id", m.conversationId());
        columns.put("parent_id", m.parentId());
        columns.put("role", m.role().name());
        columns.put("content", m.content() == null ? "" : m.content());
        columns.put("status", (m.status() == null ? MessageStatus.COMPLETE : m.status()).name());
        columns.put("model", m.model());
        putFigures(columns, m.figures());
        columns.put("error_kind", m.errorKind());
        columns.put("error_message", SqlValues.truncate(m.errorMessage(), MAX_ERROR));
        columns.put("sent_at", SqlValues.at(sentAt));
        SyncedRows.insert(h, ChatSchema.MESSAGES, id, columns);
        int ordinal = 0;
        for (Attachment a : m.attachments()) {
            Map<String, Object> attachment = new LinkedHashMap<>();
            attachment.put("message_id", id);
            attachment.put("conversation_id", m.conversationId());
            attachment.put("ordinal", ordinal++);
            attachment.put("name", SqlValues.truncate(a.name() == null ? "" : a.name(), 1000));
            attachment.put("media_type", a.mediaType());
            attachment.put("size_bytes", a.sizeBytes());
            attachment.put("text_content", a.text());
            attachment.put("image_data", a.imageData());
            SyncedRows.insert(h, ChatSchema.ATTACHMENTS, attachment);
        }
        return id;
    }

    static void putFigures(Map<String, Object> columns, MessageFigures f) {
        MessageFigures figures = f == null ? MessageFigures.NONE : f;
        columns.put("prompt_tokens", figures.promptTokens());
        columns.put("output_tokens", figures.outputTokens());
        columns.put("time_to_first_token_ms", figures.timeToFirstTokenMs());
        columns.put("tokens_per_second", figures.tokensPerSecond());
        columns.put("duration_ms", figures.durationMs());
    }

    static Optional<ChatMessage> find(Handle h, UUID id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM chat_message WHERE id = ? AND deleted = FALSE")
                .bind(0, id).map(MessageRows::message).findOne()
                .map(m -> withAttachments(m, attachments(h, "message_id", id).getOrDefault(id, List.of())));
    }

    static List<ChatMessage> listByConversation(Handle h, UUID conversationId) {
        List<ChatMessage> messages = h.createQuery(
                        "SELECT " + COLUMNS + " FROM chat_message WHERE conversation_id = ? AND deleted = FALSE"
                                + " ORDER BY id")
                .bind(0, conversationId).map(MessageRows::message).list();
        Map<UUID, List<Attachment>> attachments = attachments(h, "conversation_id", conversationId);
        if (attachments.isEmpty()) {
            return messages;
        }
        List<ChatMessage> result = new ArrayList<>(messages.size());
        for (ChatMessage m : messages) {
            List<Attachment> own = attachments.get(m.id());
            result.add(own == null ? m : withAttachments(m, own));
        }
        return result;
    }

    private static Map<UUID, List<Attachment>> attachments(Handle h, String column, UUID value) {
        Map<UUID, List<Attachment>> byMessage = new HashMap<>();
        h.createQuery("SELECT * FROM chat_attachment WHERE " + column + " = ? AND deleted = FALSE"
                        + " ORDER BY message_id, ordinal")
                .bind(0, value)
                .map((rs, ctx) -> Map.entry(uuid(rs, "message_id"), attachment(rs)))
                .forEach(e -> byMessage.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return byMessage;
    }

    private static ChatMessage withAttachments(ChatMessage m, List<Attachment> attachments) {
        return new ChatMessage(m.id(), m.conversationId(), m.parentId(), m.role(), m.content(), m.status(), m.model(),
                m.figures(), m.errorKind(), m.errorMessage(), attachments, m.createdAt());
    }

    private static Attachment attachment(ResultSet rs) throws SQLException {
        return new Attachment(uuid(rs, "id"), rs.getString("name"), rs.getString("media_type"),
                rs.getLong("size_bytes"), rs.getString("text_content"), rs.getBytes("image_data"));
    }

    static ChatMessage message(ResultSet rs, StatementContext ctx) throws SQLException {
        MessageFigures figures = new MessageFigures(SqlValues.integer(rs, "prompt_tokens"),
                SqlValues.integer(rs, "output_tokens"), SqlValues.bigint(rs, "time_to_first_token_ms"),
                SqlValues.real(rs, "tokens_per_second"), SqlValues.bigint(rs, "duration_ms"));
        return new ChatMessage(uuid(rs, "id"), uuid(rs, "conversation_id"), uuid(rs, "parent_id"),
                MessageRole.valueOf(rs.getString("role")), rs.getString("content"),
                MessageStatus.valueOf(rs.getString("status")), rs.getString("model"), figures,
                rs.getString("error_kind"), rs.getString("error_message"), List.of(),
                SqlValues.instant(rs, "sent_at"));
    }
}
