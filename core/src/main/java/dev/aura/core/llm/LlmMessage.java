package dev.aura.core.llm;

import java.util.List;

/** One message of a conversation sent to a model; images are raw bytes (PNG/JPEG) for vision models. */
public record LlmMessage(Role role, String text, List<byte[]> images) {
    public LlmMessage {
        images = images == null ? List.of() : List.copyOf(images);
    }

    public static LlmMessage system(String text) {
        return new LlmMessage(Role.SYSTEM, text, List.of());
    }

    public static LlmMessage user(String text) {
        return new LlmMessage(Role.USER, text, List.of());
    }

    public static LlmMessage assistant(String text) {
        return new LlmMessage(Role.ASSISTANT, text, List.of());
    }
}
