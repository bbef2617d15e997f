package dev.aura.plugins.prompts.promptfoo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads promptfoo's {@code providers} (or {@code targets}): id strings, {@code {id, label, config}} objects and id-keyed maps. */
final class ProvidersReader {
    private static final Set<String> OBJECT_FIELDS = Set.of("id", "label", "config");

    private final ImportContext ctx;

    ProvidersReader(ImportContext ctx) {
        this.ctx = ctx;
    }

    List<ProviderDef> read(JsonNode node, String field) {
        List<ProviderDef> providers = new ArrayList<>();
        if (node == null || node.isMissingNode() || node.isNull()) {
            return providers;
        }
        if (node.isTextual()) {
            providers.add(fromId(node.asText(), null, Map.of(), field));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                providers.add(entry(node.get(i), field + "[" + i + "]"));
            }
        } else {
            throw ctx.invalid(field, "expected a list of providers such as 'ollama:chat:llama3.2'.");
        }
        return providers;
    }

    private ProviderDef entry(JsonNode node, String path) {
        if (node.isTextual()) {
            return fromId(node.asText(), null, Map.of(), path);
        }
        if (!node.isObject()) {
            throw ctx.invalid(path, "expected a provider id or an object with 'id'.");
        }
        if (!node.has("id") && node.size() == 1) {
            // the map form: { "openai:gpt-4o": { config: ... } }
            Map.Entry<String, JsonNode> only = node.fields().next();
            JsonNode options = only.getValue();
            String nested = path + "." + only.getKey();
            if (!options.isObject()) {
                throw ctx.invalid(nested, "expected the provider's options as an object with 'label' or 'config'.");
            }
            return withOptions(only.getKey(), options, nested);
        }
        String id = ctx.text(node.get("id"), path + ".id");
        if (id == null) {
            throw ctx.invalid(path, "a provider object needs an 'id' such as 'ollama:chat:llama3.2'.");
        }
        return withOptions(id, node, path);
    }

    private ProviderDef withOptions(String id, JsonNode options, String path) {
        ctx.warnUnknownFields(options, path, OBJECT_FIELDS);
        String label = ctx.text(options.get("label"), path + ".label");
        Map<String, Object> config = new LinkedHashMap<>();
        JsonNode configNode = options.get("config");
        if (configNode != null && !configNode.isNull()) {
            if (!configNode.isObject()) {
                throw ctx.invalid(path + ".config", "expected an object of settings such as 'temperature: 0.2'.");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = configNode.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                config.put(e.getKey(), ImportContext.plain(e.getValue()));
            }
        }
        return fromId(id, label, config, path);
    }

    private ProviderDef fromId(String id, String label, Map<String, Object> config, String path) {
        if (ConfigFiles.isFileRef(id)) {
            ctx.warn(path, "provider '" + id + "' is loaded from a file, which Aura does not support;"
                    + " list the providers in the config or use --models to run against Ollama models");
            return new ProviderDef(id, label, null, null, config);
        }
        String[] parts = id.split(":", -1);
        String vendor = parts[0];
        if ((vendor.equals("ollama") || vendor.equals("openai")) && parts.length >= 2) {
            String second = parts[1];
            if ((second.equals("chat") || second.equals("completion")) && parts.length >= 3) {
                return new ProviderDef(id, label, second, rest(parts, 2), config);
            }
            if (!second.equals("embedding") && !second.equals("embeddings") && !second.equals("assistant")
                    && !second.equals("responses") && !second.equals("realtime") && !second.equals("image")) {
                // promptfoo: 'ollama:<model>' is the completion API, 'openai:<model>' the chat API
                String kind = vendor.equals("ollama") ? "completion" : "chat";
                return new ProviderDef(id, label, kind, rest(parts, 1), config);
            }
        }
        ctx.warn(path, "provider '" + id + "' is not supported; use --models to run against Ollama models");
        return new ProviderDef(id, label, null, null, config);
    }

    private static String rest(String[] parts, int from) {
        return String.join(":", java.util.Arrays.copyOfRange(parts, from, parts.length));
    }
}
