package dev.aura.plugins.prompts.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aura.core.util.Json;
import dev.aura.plugins.prompts.eval.AssertionSpec;
import dev.aura.plugins.prompts.promptfoo.TestDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes the store's codecs share: free values (as YAML gives them), assertions and tests. Numbers read back
 * as the YAML reader makes them: Integer when they fit, else Long, else BigInteger; decimals as Double.
 */
final class JsonTrees {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTrees() {}

    static String write(JsonNode node) {
        try {
            return Json.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Could not write stored JSON: " + e.getOriginalMessage(), e);
        }
    }

    static JsonNode read(String json, String what) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored " + what + " is not valid JSON (" + e.getOriginalMessage()
                    + "). The database may be damaged: restore a backup with 'aura db restore'.", e);
        }
    }

    /** Any value: null, boolean, number, string, list or map (keys become strings); other objects as Jackson writes them. */
    static JsonNode value(Object value) {
        return switch (value) {
            case null -> NODES.nullNode();
            case String s -> NODES.textNode(s);
            case Map<?, ?> map -> {
                ObjectNode node = NODES.objectNode();
                map.forEach((k, v) -> node.set(String.valueOf(k), value(v)));
                yield node;
            }
            case Iterable<?> list -> {
                ArrayNode node = NODES.arrayNode();
                list.forEach(v -> node.add(value(v)));
                yield node;
            }
            default -> Json.MAPPER.valueToTree(value);
        };
    }

    static Object value(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isInt()) {
            return node.intValue();
        }
        if (node.isLong()) {
            return node.longValue();
        }
        if (node.isBigInteger()) {
            return node.bigIntegerValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            node.forEach(item -> list.add(value(item)));
            return list;
        }
        if (node.isObject()) {
            return map(node);
        }
        return node.asText();
    }

    static Map<String, Object> map(JsonNode node) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                map.put(field.getKey(), value(field.getValue()));
            }
        }
        return map;
    }

    static List<String> strings(JsonNode node) {
        List<String> list = new ArrayList<>();
        if (node != null) {
            node.forEach(item -> list.add(item.asText()));
        }
        return list;
    }

    static ArrayNode strings(List<String> values) {
        ArrayNode node = NODES.arrayNode();
        values.forEach(node::add);
        return node;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static Double decimal(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asDouble();
    }

    static ObjectNode assertion(AssertionSpec spec) {
        ObjectNode node = NODES.objectNode();
        node.put("type", spec.type());
        node.put("negated", spec.negated());
        node.set("value", value(spec.value()));
        node.put("threshold", spec.threshold());
        node.put("weight", spec.weight());
        node.put("metric", spec.metric());
        return node;
    }

    static AssertionSpec assertion(JsonNode node) {
        JsonNode weight = node.get("weight");
        return new AssertionSpec(node.path("type").asText(), node.path("negated").asBoolean(),
                value(node.get("value")), decimal(node, "threshold"),
                weight == null || weight.isNull() ? 1 : weight.asDouble(), text(node, "metric"));
    }

    static ObjectNode test(TestDef test) {
        ObjectNode node = NODES.objectNode();
        node.put("description", test.description());
        node.set("vars", value(test.vars()));
        ArrayNode asserts = node.putArray("assert");
        test.asserts().forEach(a -> asserts.add(assertion(a)));
        node.put("threshold", test.threshold());
        return node;
    }

    static TestDef test(JsonNode node) {
        if (node == null || node.isNull()) {
            return TestDef.empty();
        }
        List<AssertionSpec> asserts = new ArrayList<>();
        node.path("assert").forEach(a -> asserts.add(assertion(a)));
        return new TestDef(text(node, "description"), map(node.get("vars")), asserts, decimal(node, "threshold"));
    }
}
