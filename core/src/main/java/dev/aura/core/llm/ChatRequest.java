package dev.aura.core.llm;

import java.util.List;
import java.util.Objects;

/**
 * A call to a model.
 *
 * @param source   who is calling ("chat", "prompts", ...), recorded in the usage log
 * @param provider "ollama" for now
 */
public record ChatRequest(String source, String provider, String model, List<LlmMessage> messages, ModelParameters parameters) {
    public ChatRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(model, "model");
        provider = provider == null ? "ollama" : provider;
        messages = List.copyOf(messages);
        parameters = parameters == null ? ModelParameters.DEFAULTS : parameters;
    }

    public static ChatRequest of(String source, String model, List<LlmMessage> messages) {
        return new ChatRequest(source, "ollama", model, messages, ModelParameters.DEFAULTS);
    }
}
