package dev.aura.plugins.automation.ui.runs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Map;

/** A step's inputs or output as the user reads and copies it: plain text when it is only text, else pretty JSON. */
final class JsonText {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .findAndRegisterModules();

    private JsonText() {}

    static String show(Map<String, Object> value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (value.size() == 1 && value.get("text") instanceof String text) {
            return text;
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }
}
