package dev.aura.plugins.chat.service;

import dev.aura.core.util.Subscription;
import dev.aura.plugins.chat.model.Attachment;
import dev.aura.plugins.chat.model.Conversation;
import dev.aura.plugins.chat.model.ConversationThread;
import dev.aura.plugins.chat.model.SearchHit;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Asking, answering and moving through branches. FX-free; the window's view model and {@code aura chat} both use it.
 * Blocking methods do database work: never call them on the FX thread.
 */
public interface ChatService {
    /** A new empty conversation; the persona (may be null) gives the model, system prompt and parameters. */
    Conversation newConversation(UUID personaId, String model, UUID folderId);

    /** The branch being shown (root to the current leaf) with each message's alternatives count. */
    ConversationThread open(UUID conversationId);

    /**
     * Shows another alternative of a message (siblingIndex 0-based among messages with the same parent): the branch
     * continues to that alternative's latest leaf. Returns the new thread.
     */
    ConversationThread showAlternative(UUID messageId, int siblingIndex);

    /** Saves the user message under the current leaf and streams the answer. Returns at once. */
    AnswerHandle send(UUID conversationId, String text, List<Attachment> attachments, AnswerListener listener);

    /** A new answer to the same question, kept beside the old ones as an alternative. */
    AnswerHandle regenerate(UUID assistantMessageId, AnswerListener listener);

    /** A new user message beside the edited one (a new branch; the old stays reachable), then its answer. */
    AnswerHandle editAndResend(UUID userMessageId, String newText, AnswerListener listener);

    /** Deletes one message (its children move up to its parent) and returns the thread shown after. */
    ConversationThread deleteMessage(UUID messageId);

    /** Titles and message texts of every conversation not in the trash; best first. */
    List<SearchHit> search(String query, int limit);

    /** Called from any thread when a conversation changes outside the caller's own action (a generated title). */
    Subscription onConversationChanged(Consumer<UUID> listener);
}
