package dev.aura.plugins.automation.yaml;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Typed access to the keys of one YAML map, with errors that point at the file, line and column. */
final class Fields {
    private final String file;
    private final YamlNode node;
    private final String what;

    Fields(String file, YamlNode node, String what) {
        this.file = file;
        this.node = node;
        this.what = what;
        if (!node.isMap()) {
            throw error(node, what + " must be a map of keys and values.");
        }
    }

    WorkflowFileException error(YamlNode at, String message) {
        return new WorkflowFileException(file, at.line(), at.column(), message);
    }

    YamlNode node() {
        return node;
    }

    void allowOnly(Set<String> keys) {
        for (Map.Entry<String, YamlNode> entry : node.map().entrySet()) {
            if (!keys.contains(entry.getKey())) {
                throw error(entry.getValue(), "Unknown key '" + entry.getKey() + "' in " + what
                        + ". Use one of " + keys.stream().sorted().toList() + ".");
            }
        }
    }

    YamlNode get(String key) {
        YamlNode value = node.map().get(key);
        return value == null || value.value() == null ? null : value;
    }

    String string(String key) {
        YamlNode value = get(key);
        if (value == null) {
            return null;
        }
        if (value.scalar() == null) {
            throw error(value, "'" + key + "' in " + what + " must be a single value, not a list or map.");
        }
        return value.scalar();
    }

    String required(String key) {
        String value = string(key);
        if (value == null || value.isBlank()) {
            throw error(node, what + " needs '" + key + "'.");
        }
        return value;
    }

    Duration duration(String key) {
        String text = string(key);
        try {
            return text == null ? null : Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw error(get(key), e.getMessage() + ".");
        }
    }

    int integer(String key, int fallback) {
        String text = string(key);
        try {
            return text == null ? fallback : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw error(get(key), "'" + key + "' must be a whole number, not '" + text + "'.");
        }
    }

    boolean bool(String key) {
        String text = string(key);
        if (text == null) {
            return false;
        }
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw error(get(key), "'" + key + "' must be true or false, not '" + text + "'.");
        };
    }

    List<YamlNode> list(String key) {
        YamlNode value = get(key);
        if (value == null) {
            return List.of();
        }
        if (!value.isList()) {
            throw error(value, "'" + key + "' in " + what + " must be a list (lines starting with '- ').");
        }
        return value.list();
    }

    List<String> strings(String key) {
        List<String> values = new ArrayList<>();
        for (YamlNode item : list(key)) {
            if (item.scalar() == null) {
                throw error(item, "Each entry of '" + key + "' must be a single value.");
            }
            values.add(item.scalar());
        }
        return values;
    }

    Map<String, String> stringMap(String key) {
        YamlNode value = get(key);
        if (value == null) {
            return Map.of();
        }
        Fields inner = new Fields(file, value, "'" + key + "'");
        Map<String, String> map = new LinkedHashMap<>();
        for (String name : value.map().keySet()) {
            map.put(name, inner.string(name) == null ? "" : inner.string(name));
        }
        return map;
    }
}
