package dev.aura.plugins.chat.service;

import dev.aura.plugins.chat.model.ChatMessage;
import dev.aura.plugins.chat.search.MessageIndex;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Index writes that never fail the save they follow: a missed update only makes search miss a hit. */
final class SearchUpdates {
    private static final Logger LOG = LoggerFactory.getLogger(SearchUpdates.class);

    private final MessageIndex index;

    SearchUpdates(MessageIndex index) {
        this.index = index;
    }

    void message(ChatMessage m) {
        if (m.content() != null && !m.content().isBlank()) {
            run(() -> index.putMessage(m.conversationId(), m.id(), m.content()), m.id());
        }
    }

    void title(UUID conversationId, String title) {
        run(() -> index.putTitle(conversationId, title == null ? "" : title), conversationId);
    }

    void removeMessage(UUID messageId) {
        run(() -> index.removeMessage(messageId), messageId);
    }

    void removeConversation(UUID conversationId) {
        run(() -> index.removeConversation(conversationId), conversationId);
    }

    private static void run(Runnable write, UUID id) {
        try {
            write.run();
        } catch (RuntimeException e) {
            LOG.warn("Could not update the search index for {}; search may miss it until the index is rebuilt", id, e);
        }
    }
}
