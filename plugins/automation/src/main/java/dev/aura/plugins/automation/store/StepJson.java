package dev.aura.plugins.automation.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aura.core.util.Json;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Step inputs and outputs as stored JSON. Any value a step produces becomes JSON (what Jackson cannot write is stored
 * as its text), and a value over {@link #LIMIT} characters is cut: long strings keep their start, long lists and maps
 * their first entries, each with a note of how much there was.
 */
final class StepJson {
    /** The most characters a step's inputs or output keep in the row. */
    static final int LIMIT = 16_384;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};
    /** Ever tighter cuts (longest string kept, entries kept per list or map) until the value fits. */
    private static final int[][] CUTS = {{4_000, 200}, {1_000, 50}, {200, 10}, {40, 3}};

    private StepJson() {}

    static JsonNode tree(Map<String, Object> values) {
        return value(values == null ? Map.of() : values);
    }

    static String write(JsonNode node) {
        try {
            return Json.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write a step's values as JSON: " + e.getOriginalMessage(), e);
        }
    }

    static Map<String, Object> read(String json, String what) {
        try {
            return Json.MAPPER.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored " + what + " is not valid JSON (" + e.getOriginalMessage()
                    + "). The database may be damaged: restore a backup with 'aura db restore'.", e);
        }
    }

    /** {@code node} cut until its JSON is at most {@link #LIMIT} characters (as short as the last cut gets). */
    static ObjectNode cut(JsonNode node) {
        ObjectNode cut = null;
        for (int[] limits : CUTS) {
            cut = (ObjectNode) cut(node, limits[0], limits[1]);
            if (write(cut).length() <= LIMIT) {
                return cut;
            }
        }
        return cut;
    }

    private static JsonNode cut(JsonNode node, int longest, int entries) {
        if (node.isTextual()) {
            String text = node.textValue();
            return text.length() <= longest ? node
                    : NODES.textNode(text.substring(0, longest) + note(text.length(), "characters"));
        }
        if (node.isArray()) {
            ArrayNode array = NODES.arrayNode();
            for (int i = 0; i < node.size() && i < entries; i++) {
                array.add(cut(node.get(i), longest, entries));
            }
            if (node.size() > entries) {
                array.add(note(node.size(), "items"));
            }
            return array;
        }
        if (node.isObject()) {
            ObjectNode object = NODES.objectNode();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext() && object.size() < entries) {
                Map.Entry<String, JsonNode> field = fields.next();
                object.set(field.getKey(), cut(field.getValue(), longest, entries));
            }
            if (node.size() > entries) {
                object.put("…", note(node.size(), "entries"));
            }
            return object;
        }
        return node;
    }

    static String note(int total, String unit) {
        return "… (cut; " + total + " " + unit + " in total)";
    }

    /** Any value: maps (keys become strings), lists, arrays, text, numbers; other objects as Jackson writes them. */
    private static JsonNode value(Object value) {
        return switch (value) {
            case null -> NODES.nullNode();
            case JsonNode node -> node;
            case String s -> NODES.textNode(s);
            case Map<?, ?> map -> {
                ObjectNode node = NODES.objectNode();
                map.forEach((k, v) -> node.set(String.valueOf(k), value(v)));
                yield node;
            }
            case java.nio.file.Path path -> NODES.textNode(path.toString());
            case Iterable<?> list -> {
                ArrayNode node = NODES.arrayNode();
                list.forEach(v -> node.add(value(v)));
                yield node;
            }
            case Object[] array -> {
                ArrayNode node = NODES.arrayNode();
                for (Object v : array) {
                    node.add(value(v));
                }
                yield node;
            }
            default -> {
                try {
                    yield Json.MAPPER.valueToTree(value);
                } catch (IllegalArgumentException e) {
                    yield NODES.textNode(String.valueOf(value));
                }
            }
        };
    }
}
