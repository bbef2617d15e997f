package dev.aura.plugins.chat.ui;

import dev.aura.plugins.chat.model.ChatMessage;
import dev.aura.plugins.chat.model.MessageRole;
import dev.aura.plugins.chat.model.MessageStatus;
import dev.aura.plugins.chat.model.ThreadMessage;

/**
 * One row of the message list: a message of the shown branch and, while it is being written, its live text.
 *
 * @param live non-null only for the answer that is streaming now
 */
public record MessageItem(ThreadMessage entry, LiveAnswer live) {
    public ChatMessage message() {
        return entry.message();
    }

    public boolean isUser() {
        return message().role() == MessageRole.USER;
    }

    public boolean isStreaming() {
        return live != null && message().status() == MessageStatus.STREAMING;
    }

    public boolean hasAlternatives() {
        return entry.siblingCount() > 1;
    }
}
