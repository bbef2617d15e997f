package dev.aura.plugins.chat.search;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Opens the real index on first use. A CLI command that never searches or writes a message ({@code aura cards test},
 * {@code aura stats}) then starts without Lucene and without taking the index's write lock from an open window.
 */
public final class LazyMessageIndex implements MessageIndex {
    private final Supplier<? extends MessageIndex> opener;
    private MessageIndex index;
    private boolean closed;

    public LazyMessageIndex(Supplier<? extends MessageIndex> opener) {
        this.opener = opener;
    }

    private synchronized MessageIndex index() {
        if (closed) {
            throw new IllegalStateException("the message index is closed");
        }
        if (index == null) {
            index = opener.get();
        }
        return index;
    }

    /** True once something used the index. */
    public synchronized boolean isOpen() {
        return index != null;
    }

    @Override
    public void putMessage(UUID conversationId, UUID messageId, String text) {
        index().putMessage(conversationId, messageId, text);
    }

    @Override
    public void putTitle(UUID conversationId, String title) {
        index().putTitle(conversationId, title);
    }

    @Override
    public void removeMessage(UUID messageId) {
        index().removeMessage(messageId);
    }

    @Override
    public void removeConversation(UUID conversationId) {
        index().removeConversation(conversationId);
    }

    @Override
    public List<IndexHit> search(String query, int limit) {
        return index().search(query, limit);
    }

    @Override
    public long documentCount() {
        return index().documentCount();
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (index != null) {
            index.close();
        }
    }
}
