package dev.aura.plugins.prompts.transfer;

import dev.aura.plugins.prompts.promptfoo.ImportWarning;
import dev.aura.plugins.prompts.promptfoo.ProviderDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Maps an imported config's providers to the local Ollama models a card runs on: {@code ollama:*:M} and
 * {@code openai:chat:M} pointed at Ollama's OpenAI-compatible endpoint become M; anything else is left out with a
 * warning. Models that are not installed are kept, with a warning naming the pull command.
 */
final class ProviderMapping {
    /** OpenAI option names with an Ollama equivalent; the rest (keys, URLs, headers) means nothing to a card. */
    private static final Map<String, String> OPENAI_OPTIONS = Map.of("temperature", "temperature", "top_p", "top_p",
            "seed", "seed", "max_tokens", "num_predict");

    private final Supplier<List<String>> installedModels;

    ProviderMapping(Supplier<List<String>> installedModels) {
        this.installedModels = installedModels;
    }

    record Result(List<ProviderDef> providers, List<ImportWarning> warnings) {}

    Result map(List<ProviderDef> providers) {
        List<ProviderDef> mapped = new ArrayList<>();
        List<ImportWarning> warnings = new ArrayList<>();
        for (int i = 0; i < providers.size(); i++) {
            ProviderDef provider = providers.get(i);
            String path = "providers[" + i + "]";
            if (!provider.supported()) {
                continue; // the reader has already warned about it
            }
            if (provider.id().startsWith("ollama")) {
                if ("completion".equals(provider.kind())) {
                    warnings.add(new ImportWarning(path, "'" + provider.id() + "' uses Ollama's completion API; "
                            + "the card runs " + provider.model() + " with the chat API"));
                }
                mapped.add(chat(provider.model(), provider.label(), provider.config()));
            } else if (pointsAtOllama(provider.config())) {
                mapped.add(chat(provider.model(), provider.label(), openAiOptions(provider.config())));
            } else {
                warnings.add(new ImportWarning(path, "provider '" + provider.id() + "' is not a local Ollama model and "
                        + "was not imported; pick a local model for the card, or set its apiBaseUrl to Ollama "
                        + "(http://localhost:11434/v1)"));
            }
        }
        warnings.addAll(notInstalled(mapped));
        return new Result(mapped, warnings);
    }

    private List<ImportWarning> notInstalled(List<ProviderDef> providers) {
        if (providers.isEmpty()) {
            return List.of();
        }
        List<String> installed;
        try {
            installed = installedModels.get();
        } catch (RuntimeException e) {
            return List.of(new ImportWarning("providers", "could not list the installed models (" + e.getMessage()
                    + "); the model names are kept as written. Start Ollama and check them with 'aura models list'"));
        }
        List<ImportWarning> warnings = new ArrayList<>();
        for (int i = 0; i < providers.size(); i++) {
            String model = providers.get(i).model();
            if (!isInstalled(model, installed)) {
                warnings.add(new ImportWarning("providers", "model " + model + " is not installed; run ollama pull "
                        + model));
            }
        }
        return warnings;
    }

    /** Ollama treats "llama3.2" and "llama3.2:latest" as the same model. */
    static boolean isInstalled(String model, List<String> installed) {
        String wanted = withTag(model);
        return installed.stream().anyMatch(name -> withTag(name).equalsIgnoreCase(wanted));
    }

    private static String withTag(String name) {
        return name.contains(":") ? name : name + ":latest";
    }

    private static boolean pointsAtOllama(Map<String, Object> config) {
        Object base = config.get("apiBaseUrl");
        if (base == null) {
            base = config.get("apiHost");
        }
        if (!(base instanceof String url)) {
            return false;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.contains(":11434") || lower.contains("ollama");
    }

    private static Map<String, Object> openAiOptions(Map<String, Object> config) {
        Map<String, Object> options = new LinkedHashMap<>();
        config.forEach((key, value) -> {
            String ollama = OPENAI_OPTIONS.get(key);
            if (ollama != null) {
                options.put(ollama, value);
            }
        });
        return options;
    }

    private static ProviderDef chat(String model, String label, Map<String, Object> config) {
        return new ProviderDef("ollama:chat:" + model, label, "chat", model, config);
    }
}
