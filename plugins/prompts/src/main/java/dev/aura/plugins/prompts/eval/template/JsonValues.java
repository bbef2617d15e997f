package dev.aura.plugins.prompts.eval.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns caller values into plain JSON-shaped data (maps, lists, strings, numbers, booleans) and prints them as JSON,
 * the way Nunjucks' {@code dump} does. Plain data is also what keeps templates away from host objects: anything else
 * is reduced to its text before a template sees it.
 */
public final class JsonValues {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonValues() {}

    /** A deep copy of {@code value} made only of JSON-shaped types. */
    public static Object plain(Object value) {
        return switch (value) {
            case null -> null;
            case String s -> s;
            case Number n -> n;
            case Boolean b -> b;
            case Character c -> c.toString();
            case JsonNode node -> plain(MAPPER.convertValue(node, Object.class));
            case Map<?, ?> map -> {
                Map<String, Object> copy = new LinkedHashMap<>();
                map.forEach((k, v) -> copy.put(String.valueOf(k), plain(v)));
                yield copy;
            }
            case Collection<?> items -> {
                List<Object> copy = new ArrayList<>(items.size());
                items.forEach(item -> copy.add(plain(item)));
                yield copy;
            }
            case Object array when array.getClass().isArray() -> {
                int length = Array.getLength(array);
                List<Object> copy = new ArrayList<>(length);
                for (int i = 0; i < length; i++) {
                    copy.add(plain(Array.get(array, i)));
                }
                yield copy;
            }
            default -> value.toString();
        };
    }

    /** Compact JSON, as {@code JSON.stringify(value)}. */
    public static String toJson(Object value) {
        return write(value, 0);
    }

    /** JSON indented by {@code indent} spaces (0 for compact), as {@code JSON.stringify(value, null, indent)}. */
    public static String write(Object value, int indent) {
        try {
            Object plain = plain(value);
            if (indent <= 0) {
                return MAPPER.writeValueAsString(plain);
            }
            DefaultIndenter indenter = new DefaultIndenter(" ".repeat(indent), "\n");
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                            .withObjectEmptySeparator("")
                            .withArrayEmptySeparator(""));
            printer.indentObjectsWith(indenter);
            printer.indentArraysWith(indenter);
            return MAPPER.writer(printer).writeValueAsString(plain);
        } catch (JsonProcessingException e) {
            // Plain data always serializes; this only guards against a broken Jackson setup.
            throw new IllegalStateException("cannot print template value as JSON", e);
        }
    }
}
