package dev.aura.plugins.chat.service;

import dev.aura.plugins.chat.model.ChatMessage;
import dev.aura.plugins.chat.model.MessageFigures;
import dev.aura.plugins.chat.model.MessageStatus;
import dev.aura.plugins.chat.store.AnswerWriter;
import dev.aura.plugins.chat.store.MessageRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Messages that reach the search index when saved, when an answer finishes, and when deleted. */
final class IndexedMessages implements MessageRepository {
    private final MessageRepository store;
    private final SearchUpdates search;

    IndexedMessages(MessageRepository store, SearchUpdates search) {
        this.store = store;
        this.search = search;
    }

    @Override
    public ChatMessage insert(ChatMessage message) {
        ChatMessage saved = store.insert(message);
        search.message(saved);
        return saved;
    }

    @Override
    public AnswerWriter startAnswer(UUID conversationId, UUID parentId, String model) {
        AnswerWriter writer = store.startAnswer(conversationId, parentId, model);
        return new AnswerWriter() {
            @Override public UUID messageId() { return writer.messageId(); }
            @Override public void append(String text) { writer.append(text); }
            @Override public void flush() { writer.flush(); }

            @Override
            public ChatMessage finish(MessageStatus status, MessageFigures figures, String errorKind,
                    String errorMessage) {
                ChatMessage saved = writer.finish(status, figures, errorKind, errorMessage);
                search.message(saved);
                return saved;
            }
        };
    }

    @Override
    public void delete(UUID messageId) {
        store.delete(messageId);
        search.removeMessage(messageId);
    }

    @Override public Optional<ChatMessage> find(UUID id) { return store.find(id); }
    @Override public List<ChatMessage> listByConversation(UUID conversationId) { return store.listByConversation(conversationId); }
    @Override public int markInterrupted() { return store.markInterrupted(); }
}
