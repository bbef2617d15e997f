package dev.aura.plugins.prompts.promptfoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** State of one import: the file being read, its folder's references and the warnings collected so far. */
final class ImportContext {
    private static final ObjectMapper JSON = new ObjectMapper();

    final ConfigFiles files;
    final Path file;
    final List<ImportWarning> warnings;

    ImportContext(ConfigFiles files, Path file, List<ImportWarning> warnings) {
        this.files = files;
        this.file = file;
        this.warnings = warnings;
    }

    /** The same import, reading another file (positions in errors then name that file). */
    ImportContext in(Path other) {
        return new ImportContext(files, other, warnings);
    }

    void warn(String path, String message) {
        warnings.add(new ImportWarning(path, message));
    }

    /** Warns about every field of {@code node} not in {@code known}. */
    void warnUnknownFields(JsonNode node, String path, Set<String> known) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            String name = it.next().getKey();
            if (!known.contains(name)) {
                warn(join(path, name), "'" + name + "' is not supported by Aura and was not imported");
            }
        }
    }

    static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    PromptfooImportException invalid(String path, String message) {
        return new PromptfooImportException(file, path + ": " + message);
    }

    static Object plain(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        return JSON.convertValue(node, Object.class);
    }

    static String json(JsonNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("A parsed tree always serializes", e);
        }
    }

    String text(JsonNode node, String path) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (!node.isValueNode()) {
            throw invalid(path, "expected a text value. Write it as a plain string.");
        }
        return node.asText();
    }

    Double number(JsonNode node, String path) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isNumber()) {
            return node.asDouble();
        }
        try {
            return Double.valueOf(node.asText().trim());
        } catch (NumberFormatException e) {
            throw invalid(path, "expected a number but found '" + node.asText() + "'. Write a number such as 0.8.");
        }
    }
}
