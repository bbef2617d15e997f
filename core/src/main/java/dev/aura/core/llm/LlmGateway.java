package dev.aura.core.llm;

/** The only way any code talks to a model. Every call is recorded in the usage log. */
public interface LlmGateway {
    /** Blocks until the whole answer is there. */
    ChatResult chat(ChatRequest request);

    /** Returns at once; tokens arrive on the listener from a background thread. */
    StreamHandle stream(ChatRequest request, StreamListener listener);
}
