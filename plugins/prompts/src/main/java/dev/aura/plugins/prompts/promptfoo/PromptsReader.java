package dev.aura.plugins.prompts.promptfoo;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads promptfoo's {@code prompts}: inline strings, files (several prompts split by a {@code ---} line), JSON chats, maps, objects, globs. */
final class PromptsReader {
    private static final Pattern DELIMITER = Pattern.compile("(?m)^[ \\t]*---[ \\t]*\\r?$\\R?");
    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "md", "j2", "jinja", "njk", "nunjucks", "prompt", "tmpl");

    private final ImportContext ctx;

    PromptsReader(ImportContext ctx) {
        this.ctx = ctx;
    }

    List<PromptDef> read(JsonNode node) {
        List<PromptDef> prompts = new ArrayList<>();
        if (node == null || node.isMissingNode() || node.isNull()) {
            return prompts;
        }
        if (node.isTextual()) {
            prompts.addAll(one(node.asText(), null, "prompts"));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                prompts.addAll(entry(node.get(i), "prompts[" + i + "]"));
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                prompts.addAll(one(e.getKey(), ctx.text(e.getValue(), "prompts." + e.getKey()), "prompts." + e.getKey()));
            }
        } else {
            throw ctx.invalid("prompts", "expected a list of prompts. Write each prompt as a string or a file:// path.");
        }
        return prompts;
    }

    private List<PromptDef> entry(JsonNode node, String path) {
        if (node.isTextual()) {
            return one(node.asText(), null, path);
        }
        if (!node.isObject()) {
            throw ctx.invalid(path, "expected a prompt string or an object with 'raw' or 'id'.");
        }
        ctx.warnUnknownFields(node, path, Set.of("id", "raw", "label"));
        String label = ctx.text(node.get("label"), path + ".label");
        String raw = ctx.text(node.get("raw"), path + ".raw");
        if (raw != null) {
            return List.of(new PromptDef(label, raw));
        }
        String id = ctx.text(node.get("id"), path + ".id");
        if (id == null) {
            throw ctx.invalid(path, "a prompt object needs 'raw' (the text) or 'id' (a file:// path).");
        }
        return one(id, label, path);
    }

    private List<PromptDef> one(String value, String label, String path) {
        if (!ConfigFiles.isFileRef(value)) {
            return List.of(new PromptDef(label, value));
        }
        List<PromptDef> prompts = new ArrayList<>();
        for (Path file : ctx.files.resolve(value, path)) {
            prompts.addAll(fromFile(file, label, path));
        }
        return prompts;
    }

    private List<PromptDef> fromFile(Path file, String label, String path) {
        String name = ctx.files.relativize(file).toString().replace('\\', '/');
        String extension = extension(name);
        String text = ctx.files.readText(file, path);
        if (extension.equals("json")) {
            // not validated: like promptfoo, a chat template may be JSON only once rendered ({{ messages | dump }})
            return List.of(new PromptDef(label == null ? name : label, text.strip()));
        }
        if (extension.equals("yaml") || extension.equals("yml")) {
            // promptfoo sends a YAML chat as JSON messages; keep the JSON text as the template
            String json = ImportContext.json(ConfigFiles.parseYaml(file, text));
            return List.of(new PromptDef(label == null ? name : label, json));
        }
        if (!TEXT_EXTENSIONS.contains(extension) && !extension.isEmpty()) {
            ctx.warn(path, "prompt file '" + name + "' (." + extension + ") is not a text, JSON or YAML prompt and was not imported;"
                    + " prompt functions (.js, .py) cannot run in Aura");
            return List.of();
        }
        String[] parts = DELIMITER.split(text);
        List<PromptDef> prompts = new ArrayList<>();
        for (String part : parts) {
            String template = part.strip();
            if (!template.isEmpty()) {
                prompts.add(new PromptDef(null, template));
            }
        }
        List<PromptDef> labelled = new ArrayList<>();
        String base = label == null ? name : label;
        for (int i = 0; i < prompts.size(); i++) {
            labelled.add(new PromptDef(prompts.size() == 1 ? base : base + " #" + (i + 1), prompts.get(i).template()));
        }
        return labelled;
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot < name.lastIndexOf('/') ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
