package dev.aura.core.llm;

import java.util.concurrent.CompletableFuture;

/** A running streamed call. */
public interface StreamHandle {
    /** Stops the stream; the listener gets onError with kind CANCELLED and the text so far. */
    void cancel();

    CompletableFuture<ChatResult> result();
}
