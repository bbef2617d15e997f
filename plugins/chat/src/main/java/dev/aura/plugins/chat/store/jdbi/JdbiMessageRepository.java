package dev.aura.plugins.chat.store.jdbi;

import dev.aura.core.store.sync.Ids;
import dev.aura.core.store.sync.SyncedRows;
import dev.aura.plugins.chat.model.ChatMessage;
import dev.aura.plugins.chat.model.MessageRole;
import dev.aura.plugins.chat.model.MessageStatus;
import dev.aura.plugins.chat.store.AnswerWriter;
import dev.aura.plugins.chat.store.MessageRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** {@link MessageRepository} in {@code chat_message} and {@code chat_attachment}; streamed parts in a scratch table. */
public final class JdbiMessageRepository implements MessageRepository {
    private final Jdbi jdbi;

    public JdbiMessageRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public ChatMessage insert(ChatMessage message) {
        return jdbi.inTransaction(h -> {
            UUID id = MessageRows.insert(h, message, Ids.newId(), SqlValues.now(h));
            return MessageRows.find(h, id).orElseThrow();
        });
    }

    @Override
    public Optional<ChatMessage> find(UUID id) {
        return jdbi.withHandle(h -> MessageRows.find(h, id));
    }

    @Override
    public List<ChatMessage> listByConversation(UUID conversationId) {
        return jdbi.withHandle(h -> MessageRows.listByConversation(h, conversationId));
    }

    @Override
    public AnswerWriter startAnswer(UUID conversationId, UUID parentId, String model) {
        ChatMessage row = new ChatMessage(null, conversationId, parentId, MessageRole.ASSISTANT, "",
                MessageStatus.STREAMING, model, null, null, null, List.of(), null);
        UUID id = jdbi.inTransaction(h -> MessageRows.insert(h, row, Ids.newId(), SqlValues.now(h)));
        return new JdbiAnswerWriter(jdbi, id);
    }

    @Override
    public void delete(UUID messageId) {
        jdbi.useTransaction(h -> {
            Optional<ChatMessage> message = MessageRows.find(h, messageId);
            if (message.isEmpty()) {
                return;
            }
            Map<String, Object> parent = new LinkedHashMap<>();
            parent.put("parent_id", message.get().parentId());
            h.createQuery("SELECT id FROM chat_message WHERE parent_id = ? AND deleted = FALSE")
                    .bind(0, messageId).mapTo(UUID.class).list()
                    .forEach(child -> SyncedRows.update(h, ChatSchema.MESSAGES, child, parent));
            message.get().attachments().forEach(a -> SyncedRows.delete(h, ChatSchema.ATTACHMENTS, a.id()));
            SyncedRows.delete(h, ChatSchema.MESSAGES, messageId);
            h.createUpdate("DELETE FROM chat_answer_part WHERE message_id = ?").bind(0, messageId).execute();
        });
    }

    @Override
    public int markInterrupted() {
        return interruptStreaming().size();
    }

    /** {@link #markInterrupted()} returning the answers it marked, so they can be indexed for search. */
    public List<ChatMessage> interruptStreaming() {
        return jdbi.inTransaction(h -> {
            List<UUID> streaming = h.createQuery(
                            "SELECT id FROM chat_message WHERE status = 'STREAMING' AND deleted = FALSE ORDER BY id")
                    .mapTo(UUID.class).list();
            List<ChatMessage> marked = new ArrayList<>();
            for (UUID id : streaming) {
                String text = String.join("", h.createQuery(
                                "SELECT part_text FROM chat_answer_part WHERE message_id = ? ORDER BY seq")
                        .bind(0, id).mapTo(String.class).list());
                Map<String, Object> columns = new LinkedHashMap<>();
                columns.put("content", text);
                columns.put("status", MessageStatus.INTERRUPTED.name());
                SyncedRows.update(h, ChatSchema.MESSAGES, id, columns);
                h.createUpdate("DELETE FROM chat_answer_part WHERE message_id = ?").bind(0, id).execute();
                MessageRows.find(h, id).ifPresent(marked::add);
            }
            // parts of answers deleted mid-stream are of no use to anyone
            h.createUpdate("DELETE FROM chat_answer_part p WHERE NOT EXISTS (SELECT 1 FROM chat_message m "
                    + "WHERE m.id = p.message_id AND m.deleted = FALSE AND m.status = 'STREAMING')").execute();
            return marked;
        });
    }
}
