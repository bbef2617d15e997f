package dev.aura.plugins.chat.store.jdbi;

import dev.aura.core.store.sync.Ids;
import dev.aura.plugins.chat.model.ChatMessage;
import dev.aura.plugins.chat.model.Conversation;
import dev.aura.plugins.chat.model.ConversationArchive;
import dev.aura.plugins.chat.model.MessageStatus;
import dev.aura.plugins.chat.store.ArchiveStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** {@link ArchiveStore} over the chat tables: whole conversations, all branches, in one transaction. */
public final class JdbiArchiveStore implements ArchiveStore {
    private final Jdbi jdbi;

    public JdbiArchiveStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public ConversationArchive load(UUID conversationId) {
        return jdbi.inTransaction(h -> {
            Conversation conversation = JdbiConversationRepository.find(h, conversationId).orElseThrow(() ->
                    new NoSuchElementException("No conversation with id " + conversationId
                            + ". List them with 'aura chat list'."));
            return new ConversationArchive(conversation, MessageRows.listByConversation(h, conversationId));
        });
    }

    @Override
    public List<UUID> allConversationIds() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM chat_conversation WHERE deleted = FALSE"
                        + " AND trashed_at IS NULL ORDER BY last_activity_at DESC, id DESC")
                .mapTo(UUID.class).list());
    }

    @Override
    public List<UUID> importAll(List<ConversationArchive> archives) {
        return jdbi.inTransaction(h -> {
            List<UUID> ids = new ArrayList<>(archives.size());
            for (ConversationArchive archive : archives) {
                ids.add(importOne(h, archive));
            }
            return ids;
        });
    }

    /**
     * New ids in archive order (parents first), so creation order survives; a message whose parent is not in the
     * archive becomes a root rather than pointing nowhere.
     */
    private static UUID importOne(Handle h, ConversationArchive archive) {
        Conversation c = archive.conversation();
        UUID conversationId = Ids.newId();
        Map<UUID, UUID> newIds = new HashMap<>();
        List<ChatMessage> remapped = new ArrayList<>();
        for (ChatMessage m : archive.messages()) {
            UUID id = Ids.newId();
            if (m.id() != null) {
                newIds.put(m.id(), id);
            }
            UUID parent = m.parentId() == null ? null : newIds.get(m.parentId());
            // an answer that was streaming when exported will never finish here
            MessageStatus status = m.status() == MessageStatus.STREAMING ? MessageStatus.INTERRUPTED : m.status();
            remapped.add(new ChatMessage(id, conversationId, parent, m.role(), m.content(), status, m.model(),
                    m.figures(), m.errorKind(), m.errorMessage(), m.attachments(), m.createdAt()));
        }
        Instant now = SqlValues.now(h);
        Instant started = c.createdAt() != null ? c.createdAt()
                : remapped.isEmpty() || remapped.getFirst().createdAt() == null ? now : remapped.getFirst().createdAt();
        Instant lastActivity = c.lastActivityAt() != null ? c.lastActivityAt() : started;
        UUID leaf = c.currentLeafId() == null ? null : newIds.get(c.currentLeafId());
        if (leaf == null && !remapped.isEmpty()) {
            leaf = remapped.getLast().id();
        }
        Conversation draft = new Conversation(null, c.title(), c.titleSource() == null
                ? Conversation.TitleSource.IMPORTED : c.titleSource(), c.model(),
                exists(h, "chat_persona", c.personaId()) ? c.personaId() : null, c.systemPrompt(),
                c.parameters(), exists(h, "chat_folder", c.folderId()) ? c.folderId() : null, c.pinned(), null, null,
                null, null);
        JdbiConversationRepository.insert(h, draft, started, lastActivity, leaf, conversationId);
        for (ChatMessage m : remapped) {
            MessageRows.insert(h, m, m.id(), m.createdAt() == null ? now : m.createdAt());
        }
        return conversationId;
    }

    /** Folders and personas of another database do not exist here: the conversation then has none. */
    private static boolean exists(Handle h, String table, UUID id) {
        return id != null && h.createQuery("SELECT COUNT(*) FROM " + table + " WHERE id = ? AND deleted = FALSE")
                .bind(0, id).mapTo(Integer.class).one() > 0;
    }
}
