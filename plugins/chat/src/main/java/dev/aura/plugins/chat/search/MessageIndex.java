package dev.aura.plugins.chat.search;

import java.util.List;
import java.util.UUID;

/**
 * Full-text index of conversation titles and message texts (Lucene; H2 keeps the rows). Writes are cheap and become
 * searchable within about a second; nothing is committed per write. Thread-safe.
 */
public interface MessageIndex extends AutoCloseable {
    /** Adds or replaces a message's text. */
    void putMessage(UUID conversationId, UUID messageId, String text);

    /** Adds or replaces a conversation's title. */
    void putTitle(UUID conversationId, String title);

    void removeMessage(UUID messageId);

    /** Removes the title and every message of the conversation. */
    void removeConversation(UUID conversationId);

    /** Best matches first; messageId is null for a title hit; snippet is one line around the first match. */
    List<IndexHit> search(String query, int limit);

    /** Number of indexed messages and titles (to tell whether a rebuild from the store is needed). */
    long documentCount();

    @Override
    void close();

    record IndexHit(UUID conversationId, UUID messageId, String snippet, float score) {}
}
