package dev.aura.plugins.chat.model;

import java.util.List;

/** The branch of a conversation being shown: root to current leaf, oldest first. */
public record ConversationThread(Conversation conversation, List<ThreadMessage> messages) {
    public ConversationThread {
        messages = List.copyOf(messages);
    }
}
