package dev.aura.plugins.chat.store.jdbi;

import static dev.aura.plugins.chat.store.jdbi.ChatSchema.CONVERSATIONS;

import dev.aura.core.store.sync.SyncedRows;
import dev.aura.plugins.chat.model.ChatParameters;
import dev.aura.plugins.chat.model.Conversation;
import dev.aura.plugins.chat.model.ConversationSummary;
import dev.aura.plugins.chat.store.ConversationRepository;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ConversationRepository} in {@code chat_conversation}. Changes to a conversation that is gone (deleted
 * meanwhile, e.g. from another window or the CLI) are ignored rather than failing the caller's work.
 */
public final class JdbiConversationRepository implements ConversationRepository {
    private static final Logger LOG = LoggerFactory.getLogger(JdbiConversationRepository.class);
    static final int MAX_TITLE = 1000;

    private final Jdbi jdbi;

    public JdbiConversationRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Conversation create(Conversation draft) {
        return jdbi.inTransaction(h -> {
            UUID id = insert(h, draft, SqlValues.now(h), SqlValues.now(h), null, null);
            return find(h, id).orElseThrow();
        });
    }

    /** Inserts with the given times and leaf; also used by imports, which keep the original times. */
    static UUID insert(Handle h, Conversation draft, Instant startedAt, Instant lastActivityAt, UUID currentLeafId,
            UUID id) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("title", SqlValues.truncate(draft.title() == null ? "" : draft.title(), MAX_TITLE));
        columns.put("title_source", (draft.titleSource() == null ? Conversation.TitleSource.PLACEHOLDER
                : draft.titleSource()).name());
        columns.put("model", draft.model());
        columns.put("persona_id", draft.personaId());
        columns.put("system_prompt", draft.systemPrompt());
        SqlValues.putParameters(columns, draft.parameters());
        columns.put("folder_id", draft.folderId());
        columns.put("pinned", draft.pinned());
        columns.put("current_leaf_id", currentLeafId);
        columns.put("started_at", SqlValues.at(startedAt));
        columns.put("last_activity_at", SqlValues.at(lastActivityAt));
        if (id == null) {
            return SyncedRows.insert(h, CONVERSATIONS, columns);
        }
        SyncedRows.insert(h, CONVERSATIONS, id, columns);
        return id;
    }

    @Override
    public Optional<Conversation> find(UUID id) {
        return jdbi.withHandle(h -> find(h, id));
    }

    static Optional<Conversation> find(Handle h, UUID id) {
        return h.createQuery("SELECT * FROM chat_conversation WHERE id = ? AND deleted = FALSE")
                .bind(0, id).map(ConversationRows::conversation).findOne();
    }

    @Override
    public List<ConversationSummary> listActive() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + ConversationRows.SUMMARY_COLUMNS
                        + " FROM chat_conversation WHERE deleted = FALSE AND trashed_at IS NULL"
                        + " ORDER BY pinned DESC, last_activity_at DESC, id DESC")
                .map(ConversationRows::summary).list());
    }

    @Override
    public List<ConversationSummary> listTrash() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + ConversationRows.SUMMARY_COLUMNS
                        + " FROM chat_conversation WHERE deleted = FALSE AND trashed_at IS NOT NULL"
                        + " ORDER BY trashed_at DESC, id DESC")
                .map(ConversationRows::summary).list());
    }

    @Override
    public void rename(UUID id, String title, Conversation.TitleSource source) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("title", SqlValues.truncate(title == null ? "" : title, MAX_TITLE));
        columns.put("title_source", source.name());
        update(id, columns);
    }

    @Override
    public void setPinned(UUID id, boolean pinned) {
        update(id, Map.of("pinned", pinned));
    }

    @Override
    public void moveToFolder(UUID id, UUID folderId) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("folder_id", folderId);
        update(id, columns);
    }

    @Override
    public void updateSettings(UUID id, String model, UUID personaId, String systemPrompt, ChatParameters parameters) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("model", model);
        columns.put("persona_id", personaId);
        columns.put("system_prompt", systemPrompt);
        SqlValues.putParameters(columns, parameters);
        update(id, columns);
    }

    @Override
    public void setCurrentLeaf(UUID id, UUID leafId) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("current_leaf_id", leafId);
        update(id, columns);
    }

    @Override
    public void touch(UUID id) {
        jdbi.useHandle(h -> update(h, id, Map.of("last_activity_at", SqlValues.at(SqlValues.now(h)))));
    }

    @Override
    public void trash(UUID id) {
        jdbi.useHandle(h -> update(h, id, Map.of("trashed_at", SqlValues.at(SqlValues.now(h)))));
    }

    @Override
    public void restore(UUID id) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("trashed_at", null);
        update(id, columns);
    }

    @Override
    public int emptyTrash() {
        return jdbi.inTransaction(h -> {
            List<UUID> trashed = h.createQuery(
                            "SELECT id FROM chat_conversation WHERE deleted = FALSE AND trashed_at IS NOT NULL")
                    .mapTo(UUID.class).list();
            trashed.forEach(id -> tombstone(h, id));
            return trashed.size();
        });
    }

    @Override
    public void deletePermanently(UUID id) {
        jdbi.useTransaction(h -> tombstone(h, id));
    }

    /** The conversation, its messages and their attachments become tombstones in one transaction. */
    static void tombstone(Handle h, UUID conversationId) {
        h.createQuery("SELECT id FROM chat_attachment WHERE conversation_id = ? AND deleted = FALSE")
                .bind(0, conversationId).mapTo(UUID.class).list()
                .forEach(id -> SyncedRows.delete(h, ChatSchema.ATTACHMENTS, id));
        List<UUID> messages = h.createQuery("SELECT id FROM chat_message WHERE conversation_id = ? AND deleted = FALSE")
                .bind(0, conversationId).mapTo(UUID.class).list();
        for (UUID message : messages) {
            SyncedRows.delete(h, ChatSchema.MESSAGES, message);
            h.createUpdate("DELETE FROM chat_answer_part WHERE message_id = ?").bind(0, message).execute();
        }
        SyncedRows.delete(h, CONVERSATIONS, conversationId);
    }

    private void update(UUID id, Map<String, Object> columns) {
        jdbi.useHandle(h -> update(h, id, columns));
    }

    private static void update(Handle h, UUID id, Map<String, Object> columns) {
        if (!SyncedRows.update(h, CONVERSATIONS, id, columns)) {
            LOG.debug("conversation {} is gone; change {} ignored", id, columns.keySet());
        }
    }
}
