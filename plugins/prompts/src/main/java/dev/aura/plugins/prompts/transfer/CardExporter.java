package dev.aura.plugins.prompts.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aura.plugins.prompts.cards.CardConfigs;
import dev.aura.plugins.prompts.cards.CardContent;
import dev.aura.plugins.prompts.cards.CardVersion;
import dev.aura.plugins.prompts.promptfoo.PromptDef;
import dev.aura.plugins.prompts.promptfoo.PromptfooConfig;
import dev.aura.plugins.prompts.promptfoo.PromptfooConfigWriter;
import dev.aura.plugins.prompts.report.ReportFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a card version as a promptfoo config that promptfoo itself can run ({@code promptfooconfig.yaml}, providers
 * {@code ollama:chat:M}), atomically (a temp file moved into place). promptfoo has no separate system prompt, so a
 * card's system prompt goes into every prompt, written as a chat message array (system, then user). The limitation:
 * a var whose value holds a double quote or a line break makes such a prompt invalid JSON after rendering, and both
 * promptfoo and Aura then send it as one user message.
 */
public final class CardExporter {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Writes (or replaces) {@code file}. */
    public void export(CardVersion version, Path file) {
        String yaml = toYaml(version);
        try {
            ReportFiles.writeAtomically(file, out -> out.write(yaml));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + " (" + e.getMessage() + "); check that the folder "
                    + "exists and is writable, or pick another file.", e);
        }
    }

    /** The config {@link #export} writes. */
    public String toYaml(CardVersion version) {
        return new PromptfooConfigWriter().toYaml(toConfig(version.content()));
    }

    static PromptfooConfig toConfig(CardContent content) {
        PromptfooConfig config = CardConfigs.toConfig(content, content.models());
        if (content.systemPrompt() == null) {
            return config;
        }
        List<PromptDef> prompts = config.prompts().stream()
                .map(p -> new PromptDef(p.label(), withSystem(content.systemPrompt(), p.template())))
                .toList();
        return new PromptfooConfig(config.description(), prompts, config.providers(), config.tests(),
                config.defaultTest(), List.of());
    }

    /** A chat message array: the system message, then the prompt's own messages or the prompt as the user's. */
    static String withSystem(String system, String template) {
        ArrayNode messages = JSON.createArrayNode();
        JsonNode own = chatMessages(template);
        if (own != null && hasSystem(own)) {
            return template;
        }
        messages.add(message("system", system));
        if (own != null) {
            own.forEach(messages::add);
        } else {
            messages.add(message("user", template));
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(messages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode chatMessages(String template) {
        String trimmed = template.strip();
        if (!trimmed.startsWith("[")) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(trimmed);
            return node != null && node.isArray() && !node.isEmpty() ? node : null;
        } catch (IOException notJson) {
            return null;
        }
    }

    private static boolean hasSystem(JsonNode messages) {
        for (JsonNode m : messages) {
            if ("system".equals(m.path("role").asText())) {
                return true;
            }
        }
        return false;
    }

    private static ObjectNode message(String role, String content) {
        ObjectNode node = JSON.createObjectNode();
        node.put("role", role);
        node.put("content", content);
        return node;
    }
}
