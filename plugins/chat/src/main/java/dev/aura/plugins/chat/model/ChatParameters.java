package dev.aura.plugins.chat.model;

import dev.aura.core.llm.ModelParameters;

/** Per-conversation or per-persona sampling options; null means the model's default. */
public record ChatParameters(Double temperature, Double topP, Integer contextLength, Integer seed, String keepAlive) {
    public static final ChatParameters DEFAULTS = new ChatParameters(null, null, null, null, null);

    public ModelParameters toModelParameters() {
        return new ModelParameters(temperature, topP, contextLength, seed, keepAlive, null);
    }
}
