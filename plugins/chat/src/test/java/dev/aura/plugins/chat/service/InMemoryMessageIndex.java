package dev.aura.plugins.chat.service;

import dev.aura.plugins.chat.search.MessageIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** A test-only {@link MessageIndex}: case-insensitive substring match, titles before messages. */
public final class InMemoryMessageIndex implements MessageIndex {
    private record Doc(UUID conversationId, String text) {}

    private final Map<UUID, Doc> messages = new ConcurrentHashMap<>();
    private final Map<UUID, String> titles = new ConcurrentHashMap<>();

    @Override
    public void putMessage(UUID conversationId, UUID messageId, String text) {
        messages.put(messageId, new Doc(conversationId, text));
    }

    @Override
    public void putTitle(UUID conversationId, String title) {
        titles.put(conversationId, title);
    }

    @Override
    public void removeMessage(UUID messageId) {
        messages.remove(messageId);
    }

    @Override
    public void removeConversation(UUID conversationId) {
        titles.remove(conversationId);
        messages.values().removeIf(d -> d.conversationId().equals(conversationId));
    }

    @Override
    public List<IndexHit> search(String query, int limit) {
        String q = query.toLowerCase(Locale.ROOT);
        List<IndexHit> hits = new ArrayList<>();
        titles.forEach((id, title) -> {
            if (title.toLowerCase(Locale.ROOT).contains(q)) {
                hits.add(new IndexHit(id, null, title, 2f));
            }
        });
        messages.forEach((id, doc) -> {
            if (doc.text().toLowerCase(Locale.ROOT).contains(q)) {
                hits.add(new IndexHit(doc.conversationId(), id, doc.text().lines().findFirst().orElse(""), 1f));
            }
        });
        return List.copyOf(hits.subList(0, Math.min(limit, hits.size())));
    }

    @Override
    public long documentCount() {
        return messages.size() + titles.size();
    }

    public boolean containsMessage(UUID messageId) {
        return messages.containsKey(messageId);
    }

    @Override
    public void close() {}
}
