package dev.aura.plugins.chat.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

/** Typed reads of a JSON tree that fail with the JSON path of the bad value. */
final class JsonFields {
    private JsonFields() {}

    static String path(String parent, String field) {
        return parent.isEmpty() ? field : parent + "." + field;
    }

    static String path(String parent, int index) {
        return parent + "[" + index + "]";
    }

    static JsonNode object(JsonNode parent, String field, String path, boolean required) {
        JsonNode node = present(parent, field, path, required);
        if (node != null && !node.isObject()) {
            throw wrongType(path(path, field), "an object", node);
        }
        return node;
    }

    static JsonNode array(JsonNode parent, String field, String path, boolean required) {
        JsonNode node = present(parent, field, path, required);
        if (node != null && !node.isArray()) {
            throw wrongType(path(path, field), "an array", node);
        }
        return node;
    }

    static String text(JsonNode parent, String field, String path, boolean required) {
        JsonNode node = present(parent, field, path, required);
        if (node != null && !node.isTextual()) {
            throw wrongType(path(path, field), "a string", node);
        }
        return node == null ? null : node.textValue();
    }

    static Boolean bool(JsonNode parent, String field, String path) {
        JsonNode node = present(parent, field, path, false);
        if (node != null && !node.isBoolean()) {
            throw wrongType(path(path, field), "true or false", node);
        }
        return node == null ? null : node.booleanValue();
    }

    static Double number(JsonNode parent, String field, String path) {
        JsonNode node = present(parent, field, path, false);
        if (node != null && !node.isNumber()) {
            throw wrongType(path(path, field), "a number", node);
        }
        return node == null ? null : node.doubleValue();
    }

    static Long integer(JsonNode parent, String field, String path) {
        JsonNode node = present(parent, field, path, false);
        if (node != null && !node.canConvertToLong()) {
            throw wrongType(path(path, field), "a whole number", node);
        }
        return node == null ? null : node.longValue();
    }

    static Integer smallInteger(JsonNode parent, String field, String path) {
        JsonNode node = present(parent, field, path, false);
        if (node != null && !node.canConvertToInt()) {
            throw wrongType(path(path, field), "a whole number", node);
        }
        return node == null ? null : node.intValue();
    }

    static Instant instant(JsonNode parent, String field, String path, boolean required) {
        String value = text(parent, field, path, required);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new ChatImportException(path(path, field),
                    "expected a time like 2026-01-31T12:00:00Z, found \"" + value + "\"");
        }
    }

    static UUID uuid(JsonNode parent, String field, String path, boolean required) {
        String value = text(parent, field, path, required);
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new ChatImportException(path(path, field), "expected an id like "
                    + "0193c7a2-0000-7000-8000-000000000000, found \"" + value + "\"");
        }
    }

    static <E extends Enum<E>> E enumValue(JsonNode parent, String field, String path, Class<E> type, E fallback) {
        String value = text(parent, field, path, false);
        if (value == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            StringBuilder allowed = new StringBuilder();
            for (E constant : type.getEnumConstants()) {
                allowed.append(allowed.isEmpty() ? "" : ", ").append(constant.name().toLowerCase(Locale.ROOT));
            }
            throw new ChatImportException(path(path, field),
                    "expected one of " + allowed + ", found \"" + value + "\"");
        }
    }

    static byte[] base64(JsonNode parent, String field, String path) {
        String value = text(parent, field, path, false);
        if (value == null) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw new ChatImportException(path(path, field), "is not valid base64 (" + e.getMessage() + ")");
        }
    }

    private static JsonNode present(JsonNode parent, String field, String path, boolean required) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw new ChatImportException(path(path, field), "is missing");
            }
            return null;
        }
        return node;
    }

    static ChatImportException wrongType(String path, String expected, JsonNode found) {
        return new ChatImportException(path, "expected " + expected + ", found " + describe(found));
    }

    static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "the string \"" + abbreviate(node.textValue()) + "\"";
            case NUMBER -> "the number " + node.asText();
            case BOOLEAN -> node.asText();
            case NULL, MISSING -> "nothing";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
