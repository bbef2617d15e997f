package dev.aura.plugins.chat.store;

import dev.aura.plugins.chat.model.ChatMessage;
import dev.aura.plugins.chat.model.MessageFigures;
import dev.aura.plugins.chat.model.MessageStatus;
import java.util.UUID;

/**
 * Saves one streamed answer as it arrives. {@link #append} only buffers; {@link #flush} writes the buffered text as
 * one small row, at a cost that does not depend on the answer's or the conversation's length. Not thread-safe: one
 * stream, one writer.
 */
public interface AnswerWriter {
    UUID messageId();

    void append(String text);

    /** Writes what was appended since the last flush; a no-op when nothing was. */
    void flush();

    /** Writes the final text, status and figures (errorKind/errorMessage for FAILED) and returns the message. */
    ChatMessage finish(MessageStatus status, MessageFigures figures, String errorKind, String errorMessage);
}
