package dev.aura.plugins.automation.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads YAML into {@link YamlNode}s that keep their positions, so errors can name the line and column. */
final class YamlTrees {
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlTrees() {}

    static YamlNode parse(String text) throws IOException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new YamlNode(null, 1, 1);
            }
            return read(parser);
        }
    }

    private static YamlNode read(JsonParser parser) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, YamlNode> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    JsonLocation keyAt = parser.currentTokenLocation();
                    parser.nextToken();
                    YamlNode value = read(parser);
                    // a null value sits where its key is, so "missing url" points at the right line
                    map.put(key, value.value() == null ? new YamlNode(null, keyAt.getLineNr(), keyAt.getColumnNr()) : value);
                }
                return new YamlNode(map, line, column);
            }
            case START_ARRAY -> {
                List<YamlNode> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(read(parser));
                }
                return new YamlNode(list, line, column);
            }
            case VALUE_NULL -> {
                return new YamlNode(null, line, column);
            }
            default -> {
                return new YamlNode(parser.getText(), line, column);
            }
        }
    }
}
