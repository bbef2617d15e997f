package dev.aura.plugins.chat.store;

import dev.aura.plugins.chat.model.ChatParameters;
import dev.aura.plugins.chat.model.Conversation;
import dev.aura.plugins.chat.model.ConversationSummary;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Conversations in H2 (sync-ready rows). Never called on the FX thread. */
public interface ConversationRepository {
    /** Saves a new conversation (id, times and currentLeafId of the argument are ignored) and returns it. */
    Conversation create(Conversation draft);

    Optional<Conversation> find(UUID id);

    /** Not in the trash: pinned first, then newest activity first. */
    List<ConversationSummary> listActive();

    /** In the trash, most recently trashed first. */
    List<ConversationSummary> listTrash();

    void rename(UUID id, String title, Conversation.TitleSource source);

    void setPinned(UUID id, boolean pinned);

    /** {@code folderId} null moves it out of any folder. */
    void moveToFolder(UUID id, UUID folderId);

    void updateSettings(UUID id, String model, UUID personaId, String systemPrompt, ChatParameters parameters);

    void setCurrentLeaf(UUID id, UUID leafId);

    /** Marks new activity (a message sent or answered), which moves it to the top of the list. */
    void touch(UUID id);

    void trash(UUID id);

    void restore(UUID id);

    /** Tombstones every trashed conversation and its messages; returns how many conversations went. */
    int emptyTrash();

    /** Tombstones a conversation and its messages at once (no trash). */
    void deletePermanently(UUID id);
}
