package dev.aura.plugins.prompts.promptfoo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One provider ("target") of a promptfoo config. {@code id} is kept as written ("ollama:chat:llama3"); {@code kind} is
 * "chat" or "completion" when the id names a supported provider (null otherwise) and {@code model} the model name.
 */
public record ProviderDef(String id, String label, String kind, String model, Map<String, Object> config) {
    public ProviderDef {
        Objects.requireNonNull(id, "id");
        config = config == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(config));
    }

    public boolean supported() {
        return kind != null;
    }
}
