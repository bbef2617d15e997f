package dev.aura.plugins.automation.steps;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/** Plain Java values (maps, lists, strings, numbers) to and from JSON text. */
public final class JsonValues {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonValues() {}

    /** The value of {@code text} when it is JSON (an object or array), empty otherwise. */
    public static Optional<Object> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (!(trimmed.startsWith("{") || trimmed.startsWith("["))) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(MAPPER.readValue(trimmed, Object.class));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write value as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
