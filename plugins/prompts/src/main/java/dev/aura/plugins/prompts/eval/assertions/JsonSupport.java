package dev.aura.plugins.prompts.eval.assertions;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** JSON as JavaScript sees it: strict {@code JSON.parse}, deep equality, and objects found inside free text. */
final class JsonSupport {
    static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    /**
     * Reads one value and ignores what follows it, to find an object inside text; // comments are allowed because
     * promptfoo turns them into YAML comments before parsing.
     */
    private static final ObjectMapper JSON_PREFIX = JsonMapper.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();
    static final ObjectMapper YAML = new YAMLMapper();
    /** promptfoo gives up on a candidate object longer than this. */
    private static final int MAX_OBJECT_LENGTH = 100_000;
    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
        if (a.equals(b)) {
            return 0;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return 1;
    };

    private JsonSupport() {
    }

    /** The whole text as one JSON value, or null when it is not JSON (as {@code JSON.parse} would throw). */
    static JsonNode parseOrNull(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            return node == null || node.isMissingNode() ? null : node;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    static JsonNode toTree(Object value) {
        return JSON.valueToTree(value);
    }

    static boolean deepEquals(JsonNode expected, JsonNode actual) {
        return expected.equals(NUMBERS_BY_VALUE, actual);
    }

    /** {@code JSON.stringify(value)}. */
    static String compact(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }

    /**
     * Every object in the text, left to right, as promptfoo's {@code extractJsonObjects} finds them: from each
     * {@code {}, the shortest span that parses as an object (JSON, or a YAML flow mapping such as {@code {a: 1}});
     * scanning resumes after it, so nested objects are not listed twice.
     */
    static List<JsonNode> objectsIn(String text) {
        List<JsonNode> objects = new ArrayList<>();
        int i = text.indexOf('{');
        while (i >= 0) {
            Found found = objectAt(text, i);
            if (found != null) {
                objects.add(found.node());
                i = text.indexOf('{', found.end());
            } else {
                i = text.indexOf('{', i + 1);
            }
        }
        return objects;
    }

    private record Found(JsonNode node, int end) {
    }

    /** The shortest object starting at {@code start}; its end is exclusive. */
    private static Found objectAt(String text, int start) {
        Found json = jsonObjectAt(text, start);
        if (json != null) {
            return json;
        }
        // A shorter span cannot be an object unless it ends with '}', so only those ends are tried.
        int limit = Math.min(text.length(), start + MAX_OBJECT_LENGTH);
        for (int close = text.indexOf('}', start); close >= 0 && close < limit; close = text.indexOf('}', close + 1)) {
            JsonNode node = yamlObjectOrNull(text.substring(start, close + 1));
            if (node != null) {
                return new Found(node, close + 1);
            }
        }
        return null;
    }

    private static Found jsonObjectAt(String text, int start) {
        try (JsonParser parser = JSON_PREFIX.getFactory().createParser(text.substring(start,
                Math.min(text.length(), start + MAX_OBJECT_LENGTH)))) {
            JsonNode node = JSON_PREFIX.readTree(parser);
            if (node != null && node.isObject()) {
                return new Found(node, start + (int) parser.currentLocation().getCharOffset());
            }
        } catch (IOException e) {
            // Not strict JSON from here; the YAML reading below is more lenient.
        }
        return null;
    }

    private static JsonNode yamlObjectOrNull(String candidate) {
        try {
            JsonNode node = YAML.readTree(candidate);
            return node != null && node.isObject() ? node : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
