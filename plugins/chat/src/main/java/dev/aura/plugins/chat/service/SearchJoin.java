package dev.aura.plugins.chat.service;

import dev.aura.plugins.chat.model.Conversation;
import dev.aura.plugins.chat.model.SearchHit;
import dev.aura.plugins.chat.search.MessageIndex;
import dev.aura.plugins.chat.store.ConversationRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Index hits joined with conversation titles; hits in the trash (or gone) are skipped, and more are asked for. */
final class SearchJoin {
    private static final int MAX_ROUNDS = 4;

    private final MessageIndex index;
    private final ConversationRepository conversations;
    private final Map<UUID, Optional<Conversation>> seen = new HashMap<>();

    SearchJoin(MessageIndex index, ConversationRepository conversations) {
        this.index = index;
        this.conversations = conversations;
    }

    List<SearchHit> search(String query, int limit) {
        if (query == null || query.isBlank() || limit <= 0) {
            return List.of();
        }
        int ask = limit;
        List<SearchHit> hits = new ArrayList<>();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<MessageIndex.IndexHit> found = index.search(query, ask);
            hits.clear();
            for (MessageIndex.IndexHit hit : found) {
                Optional<Conversation> conversation = seen.computeIfAbsent(hit.conversationId(), conversations::find);
                if (conversation.isPresent() && conversation.get().trashedAt() == null) {
                    hits.add(new SearchHit(hit.conversationId(), conversation.get().title(), hit.messageId(),
                            hit.snippet(), hit.score()));
                    if (hits.size() == limit) {
                        return List.copyOf(hits);
                    }
                }
            }
            if (found.size() < ask) {
                break;
            }
            ask *= 4;
        }
        return List.copyOf(hits);
    }
}
