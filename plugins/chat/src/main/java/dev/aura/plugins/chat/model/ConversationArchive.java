package dev.aura.plugins.chat.model;

import java.util.List;

/**
 * A whole conversation with every branch: the unit of export, import and the CLI. Messages are in creation order,
 * each parent before its children.
 */
public record ConversationArchive(Conversation conversation, List<ChatMessage> messages) {
    public ConversationArchive {
        messages = List.copyOf(messages);
    }
}
