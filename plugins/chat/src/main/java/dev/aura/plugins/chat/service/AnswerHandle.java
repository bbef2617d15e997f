package dev.aura.plugins.chat.service;

import dev.aura.plugins.chat.model.ChatMessage;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** A running answer. */
public interface AnswerHandle {
    /** The id of the answer's message row. */
    UUID answerId();

    /** Stops generation; the answer is saved as STOPPED with what arrived. */
    void stop();

    /** Completes with the saved answer, whatever its status; never completes exceptionally for model errors. */
    CompletableFuture<ChatMessage> finished();
}
