package dev.aura.plugins.prompts.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The assertion types the editor offers (each also as {@code not-}) and how their values read as editable text. */
public final class AssertionTypes {
    public static final List<String> BASE = List.of("equals", "contains", "icontains", "contains-any", "contains-all",
            "icontains-any", "icontains-all", "starts-with", "regex", "is-json", "contains-json", "word-count",
            "levenshtein", "latency", "cost", "javascript", "similar", "llm-rubric");
    /** Every type, then its not- form: what the type combo lists. */
    public static final List<String> ALL;
    private static final Set<String> LIST_VALUES = Set.of("contains-any", "contains-all", "icontains-any",
            "icontains-all");
    private static final Set<String> OPTIONAL_VALUE = Set.of("is-json", "contains-json", "latency", "cost");
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        List<String> all = new ArrayList<>();
        for (String type : BASE) {
            all.add(type);
            all.add("not-" + type);
        }
        ALL = List.copyOf(all);
    }

    private AssertionTypes() {}

    static boolean needsValue(String type) {
        return !OPTIONAL_VALUE.contains(type);
    }

    static boolean needsThreshold(String type) {
        return type.equals("latency") || type.equals("cost");
    }

    /** A value as the editor shows it: text as is, numbers plainly, lists and maps as JSON. */
    public static String toText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return Long.toString(d.longValue());
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return value.toString();
        }
    }

    /**
     * Text typed for an assertion of {@code type} as the value promptfoo would read: a JSON list for the any/all
     * types, a JSON object for schemas and word-count ranges, a whole number for word-count, else the text.
     */
    public static Object fromText(String type, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String trimmed = text.strip();
        try {
            if (LIST_VALUES.contains(type) && trimmed.startsWith("[")) {
                return JSON.readValue(trimmed, List.class);
            }
            if ((type.equals("is-json") || type.equals("contains-json") || type.equals("word-count"))
                    && trimmed.startsWith("{")) {
                return JSON.readValue(trimmed, java.util.Map.class);
            }
        } catch (JsonProcessingException e) {
            return text; // kept as typed; validation says what is wrong with it
        }
        if (type.equals("word-count") && trimmed.matches("\\d+")) {
            return Integer.parseInt(trimmed);
        }
        return text;
    }
}
