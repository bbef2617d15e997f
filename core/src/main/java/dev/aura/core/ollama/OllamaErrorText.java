package dev.aura.core.ollama;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aura.core.util.Json;
import java.io.IOException;

/** The text of Ollama's {@code {"error": "..."}} answers, shared by the catalog and the gateway. */
public final class OllamaErrorText {
    private OllamaErrorText() {}

    /** The error text, or the raw body when it is not that shape. */
    public static String of(String body) {
        if (body == null || body.isBlank()) {
            return "(no details)";
        }
        try {
            JsonNode node = Json.MAPPER.readTree(body);
            if (node != null && node.hasNonNull("error")) {
                return node.get("error").asText();
            }
        } catch (IOException e) {
            // not JSON: show it as it is
        }
        return body.strip();
    }
}
