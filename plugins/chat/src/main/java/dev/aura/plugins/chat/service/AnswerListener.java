package dev.aura.plugins.chat.service;

import dev.aura.plugins.chat.model.ChatMessage;
import dev.aura.plugins.chat.model.ConversationThread;

/** Callbacks of one answer, on a background thread. {@link #onFinished} ends every answer exactly once. */
public interface AnswerListener {
    /** The question is saved and the STREAMING answer row exists: the thread now ends with it. */
    default void onStarted(ConversationThread thread) {}

    default void onToken(String text) {}

    /** COMPLETE, STOPPED or FAILED (with errorMessage saying what happened and what to do), text so far kept. */
    default void onFinished(ChatMessage answer) {}
}
