package dev.aura.core.llm;

/** Callbacks of a streamed call, on a background thread. Exactly one of complete/error ends every stream. */
public interface StreamListener {
    default void onToken(String text) {}

    default void onComplete(ChatResult result) {}

    default void onError(LlmException error) {}
}
