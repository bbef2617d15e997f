package dev.aura.plugins.chat.store;

import dev.aura.plugins.chat.model.ConversationArchive;
import java.util.List;
import java.util.UUID;

/** Whole conversations in and out, for export, import and sync tools. */
public interface ArchiveStore {
    ConversationArchive load(UUID conversationId);

    /** Every conversation not in the trash, newest activity first. */
    List<UUID> allConversationIds();

    /**
     * Saves the archives in one transaction under new ids (parents remapped), so an import is all or nothing and
     * never collides with what is there. Returns the new conversation ids in the same order.
     */
    List<UUID> importAll(List<ConversationArchive> archives);
}
