package dev.aura.plugins.chat.service;

import dev.aura.core.tasks.TaskRunner;
import dev.aura.plugins.chat.model.ConversationSummary;
import dev.aura.plugins.chat.search.MessageIndex;
import dev.aura.plugins.chat.store.ConversationRepository;
import dev.aura.plugins.chat.store.MessageRepository;
import java.util.ArrayList;
import java.util.List;

/** An empty index next to stored conversations (a new or lost index folder) is filled again in the background. */
final class SearchRebuild {
    private SearchRebuild() {}

    static void startIfEmpty(MessageIndex index, ConversationRepository conversations, MessageRepository messages,
            SearchUpdates search, TaskRunner tasks, String jobName) {
        if (index.documentCount() > 0) {
            return;
        }
        List<ConversationSummary> all = new ArrayList<>(conversations.listActive());
        all.addAll(conversations.listTrash());
        if (all.isEmpty()) {
            return;
        }
        tasks.submit(jobName, context -> {
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
