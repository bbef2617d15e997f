package dev.aura.plugins.automation.yaml;

import java.util.List;
import java.util.Map;

/** A parsed YAML value with the line and column it starts at: a map, a list, a scalar string, or null. */
record YamlNode(Object value, int line, int column) {
    boolean isMap() {
        return value instanceof Map<?, ?>;
    }

    boolean isList() {
        return value instanceof List<?>;
    }

    @SuppressWarnings("unchecked")
    Map<String, YamlNode> map() {
        return (Map<String, YamlNode>) value;
    }

    @SuppressWarnings("unchecked")
    List<YamlNode> list() {
        return (List<YamlNode>) value;
    }

    String scalar() {
        return value instanceof String s ? s : null;
    }
}
