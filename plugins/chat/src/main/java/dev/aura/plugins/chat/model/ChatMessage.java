package dev.aura.plugins.chat.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One message of a conversation's tree. Alternatives (regenerated answers, edited questions) are siblings: messages
 * with the same parent.
 *
 * @param parentId     null for the first message of a conversation
 * @param model        the model that wrote an assistant message, else null
 * @param errorMessage for FAILED: what happened and what to do
 */
public record ChatMessage(
        UUID id,
        UUID conversationId,
        UUID parentId,
        MessageRole role,
        String content,
        MessageStatus status,
        String model,
        MessageFigures figures,
        String errorKind,
        String errorMessage,
        List<Attachment> attachments,
        Instant createdAt) {
    public ChatMessage {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        figures = figures == null ? MessageFigures.NONE : figures;
    }
}
