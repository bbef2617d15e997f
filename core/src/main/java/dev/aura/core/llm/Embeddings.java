package dev.aura.core.llm;

import java.util.List;

/**
 * Turns texts into embedding vectors with a local embedding model (for example {@code nomic-embed-text}). Every call
 * is recorded in the usage log, like chat calls.
 */
public interface Embeddings {
    /**
     * One vector per input, in the inputs' order, from a single request.
     *
     * @param source the plugin asking, as the usage log's source ("prompts")
     * @throws LlmException UNREACHABLE when Ollama is down, MODEL_NOT_FOUND when the model is not installed,
     *                      HTTP_ERROR when Ollama refuses (a model that cannot embed), STALLED when it does not
     *                      answer in time, CANCELLED when the calling thread is interrupted, OTHER for unreadable
     *                      answers; the message says what to do
     */
    List<float[]> embed(String source, String model, List<String> inputs);
}
