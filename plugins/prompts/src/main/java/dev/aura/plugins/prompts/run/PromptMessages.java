package dev.aura.plugins.prompts.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aura.core.llm.LlmMessage;
import dev.aura.core.llm.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a rendered prompt into messages. Like promptfoo, a prompt that is a JSON array of {role, content} objects is a
 * chat; anything else is one user message.
 */
final class PromptMessages {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PromptMessages() {}

    static List<LlmMessage> of(String rendered) {
        return chat(rendered).orElseGet(() -> List.of(LlmMessage.user(rendered)));
    }

    /** As {@link #of(String)}, with {@code system} (when not null) first unless the prompt has its own. */
    static List<LlmMessage> of(String system, String rendered) {
        List<LlmMessage> messages = of(rendered);
        if (system == null || messages.stream().anyMatch(m -> m.role() == Role.SYSTEM)) {
            return messages;
        }
        List<LlmMessage> withSystem = new ArrayList<>(messages.size() + 1);
        withSystem.add(LlmMessage.system(system));
        withSystem.addAll(messages);
        return List.copyOf(withSystem);
    }

    private static Optional<List<LlmMessage>> chat(String rendered) {
        String trimmed = rendered.strip();
        if (!trimmed.startsWith("[")) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = JSON.readTree(trimmed);
        } catch (Exception notJson) {
            return Optional.empty();
        }
        if (root == null || !root.isArray() || root.isEmpty()) {
            return Optional.empty();
        }
        List<LlmMessage> messages = new ArrayList<>();
        for (JsonNode node : root) {
            if (!node.isObject() || !node.path("role").isTextual() || !node.has("content")) {
                return Optional.empty();
            }
            JsonNode content = node.get("content");
            String text = content.isTextual() ? content.asText() : content.toString();
            switch (node.get("role").asText().toLowerCase(Locale.ROOT)) {
                case "system" -> messages.add(LlmMessage.system(text));
                case "user" -> messages.add(LlmMessage.user(text));
                case "assistant" -> messages.add(LlmMessage.assistant(text));
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(List.copyOf(messages));
    }
}
