package dev.aura.core.llm;

/** The only way any code talks to a model. Every call is recorded in the usage log. */
public interface LlmGateway {
    /** Blocks until the whole answer is there. */
    ChatResult chat(ChatRequest request);

    /** Returns at once; tokens arrive on the listener from a background thread. */
    StreamHandle stream(ChatRequest request, StreamListener listener);

    /**
     * Lets at least {@code calls} calls run at once from now on (a prompt-card run with {@code -j 8} asks for 8). The
     * limit never goes down, so a caller cannot starve another.
     */
    default void allowConcurrentCalls(int calls) {
        // a gateway without a limit has nothing to raise
    }
}
