package dev.aura.plugins.prompts.cards;

import dev.aura.plugins.prompts.promptfoo.PromptDef;
import dev.aura.plugins.prompts.promptfoo.PromptfooConfig;
import dev.aura.plugins.prompts.promptfoo.ProviderDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Cards to promptfoo configs and back: a card runs as a config, imports from one and exports as one. */
public final class CardConfigs {
    private CardConfigs() {}

    /**
     * The config a run of {@code content} on {@code models} executes: one prompt per variant, one {@code ollama:chat}
     * provider per model carrying the card's parameters, the card's tests and default test. The system prompt is not
     * part of it: runs pass it in {@code RunOptions}.
     */
    public static PromptfooConfig toConfig(CardContent content, List<String> models) {
        List<PromptDef> prompts = content.variants().stream().map(v -> new PromptDef(v.label(), v.template())).toList();
        List<ProviderDef> providers = models.stream()
                .map(m -> new ProviderDef("ollama:chat:" + m, null, "chat", m, content.parameters()))
                .toList();
        return new PromptfooConfig(content.title(), prompts, providers, content.tests(), content.defaultTest(),
                List.of());
    }

    /**
     * A card from an imported config. The title is the config's description, else {@code fallbackTitle}; prompts
     * without a label of their own are named A, B, C...; the models are those of the supported providers, and the
     * parameters those of the first provider that has any.
     */
    public static CardContent fromConfig(PromptfooConfig config, String fallbackTitle) {
        String title = config.description() == null || config.description().isBlank()
                ? fallbackTitle : config.description().strip();
        List<PromptVariant> variants = new ArrayList<>();
        for (int i = 0; i < config.prompts().size(); i++) {
            PromptDef prompt = config.prompts().get(i);
            boolean unlabelled = prompt.label().equals(prompt.template()) || prompt.label().isBlank();
            variants.add(new PromptVariant(unlabelled ? variantName(i) : prompt.label(), prompt.template()));
        }
        List<String> models = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (ProviderDef provider : config.providers()) {
            if (provider.supported() && provider.model() != null && !models.contains(provider.model())) {
                models.add(provider.model());
            }
            if (parameters.isEmpty()) {
                parameters.putAll(provider.config());
            }
        }
        return new CardContent(title, "", List.of(), variants, null, models, parameters, config.tests(),
                config.defaultTest());
    }

    /** A, B, ... Z, AA, AB... */
    static String variantName(int index) {
        StringBuilder name = new StringBuilder();
        int n = index;
        do {
            name.insert(0, (char) ('A' + n % 26));
            n = n / 26 - 1;
        } while (n >= 0);
        return name.toString();
    }
}
