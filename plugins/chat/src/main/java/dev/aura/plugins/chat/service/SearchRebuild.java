package dev.aura.plugins.chat.service;

import dev.aura.core.tasks.TaskRunner;
import dev.aura.plugins.chat.model.ConversationSummary;
import dev.aura.plugins.chat.search.MessageIndex;
import dev.aura.plugins.chat.store.ConversationRepository;
import dev.aura.plugins.chat.store.MessageRepository;
import dev.aura.plugins.chat.store.jdbi.ChatSchema;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Fills the index again in the background when it is behind the store: a new or lost index folder, or messages
 * written while another process held the index (an {@code aura chat import} beside an open window). Documents are
 * replaced by key, so catching up never duplicates.
 */
final class SearchRebuild {
    /** Placeholder titles and empty answers are not indexed, so a healthy index holds a little less than the store. */
    private static final double BEHIND = 0.9;

    private SearchRebuild() {}

    static void startIfBehind(Jdbi jdbi, MessageIndex index, ConversationRepository conversations,
            MessageRepository messages, SearchUpdates search, TaskRunner tasks, String jobName) {
        long stored = ChatSchema.liveConversationsAndMessages(jdbi);
        if (stored == 0 || index.documentCount() >= stored * BEHIND) {
            return;
        }
        tasks.submit(jobName, context -> {
            List<ConversationSummary> all = new ArrayList<>(conversations.listActive());
            all.addAll(conversations.listTrash());
            for (int i = 0; i < all.size(); i++) {
                context.throwIfCancelled();
                ConversationSummary c = all.get(i);
                search.title(c.id(), c.title());
                messages.listByConversation(c.id()).forEach(search::message);
                context.progress((i + 1) / (double) all.size(), c.title());
            }
            return null;
        });
    }
}
