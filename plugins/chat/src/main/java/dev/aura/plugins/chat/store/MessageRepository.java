package dev.aura.plugins.chat.store;

import dev.aura.plugins.chat.model.ChatMessage;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Messages as rows of a tree (parent id). A conversation is never rewritten; each message is its own row. */
public interface MessageRepository {
    /** Saves a finished message with its attachments (id and createdAt of the argument are ignored). */
    ChatMessage insert(ChatMessage message);

    Optional<ChatMessage> find(UUID id);

    /** Every live message of the conversation (all branches), in creation order, attachments included. */
    List<ChatMessage> listByConversation(UUID conversationId);

    /**
     * Starts an assistant answer: a STREAMING row saved now, so a crash mid-stream keeps it. The writer appends what
     * arrives in batches and never rewrites earlier text.
     */
    AnswerWriter startAnswer(UUID conversationId, UUID parentId, String model);

    /** Tombstones one message; its children move up to its parent so later messages stay reachable. */
    void delete(UUID messageId);

    /** At start: every STREAMING answer left by a dead process becomes INTERRUPTED with the text it had. */
    int markInterrupted();
}
