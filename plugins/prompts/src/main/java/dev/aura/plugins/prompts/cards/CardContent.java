package dev.aura.plugins.prompts.cards;

import dev.aura.plugins.prompts.promptfoo.TestDef;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a version of a card holds; immutable, so a version never changes once saved.
 *
 * @param models       the Ollama models a run uses unless the user picks others; the first is the card's default model
 * @param parameters   Ollama options for every call (temperature, top_p, num_ctx, seed...), as promptfoo's provider
 *                     {@code config}
 * @param systemPrompt null when the card has none; a template like the variants
 * @param defaultTest  vars and assertions every test inherits (promptfoo's {@code defaultTest}); never null
 */
public record CardContent(String title, String description, List<String> tags, List<PromptVariant> variants,
        String systemPrompt, List<String> models, Map<String, Object> parameters, List<TestDef> tests,
        TestDef defaultTest) {
    public CardContent {
        Objects.requireNonNull(title, "title");
        description = description == null ? "" : description;
        tags = tags == null ? List.of() : List.copyOf(tags);
        variants = List.copyOf(variants);
        systemPrompt = systemPrompt == null || systemPrompt.isBlank() ? null : systemPrompt;
        models = models == null ? List.of() : List.copyOf(models);
        parameters = parameters == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        tests = tests == null ? List.of() : List.copyOf(tests);
        defaultTest = defaultTest == null ? TestDef.empty() : defaultTest;
    }

    /** A new card as the editor starts it: one empty variant, no tests. */
    public static CardContent blank(String title) {
        return new CardContent(title, "", List.of(), List.of(new PromptVariant("A", "")), null, List.of(), Map.of(),
                List.of(), TestDef.empty());
    }

    public String defaultModel() {
        return models.isEmpty() ? null : models.getFirst();
    }

    public CardContent withTitle(String value) {
        return new CardContent(value, description, tags, variants, systemPrompt, models, parameters, tests,
                defaultTest);
    }

    public CardContent withVariants(List<PromptVariant> value) {
        return new CardContent(title, description, tags, value, systemPrompt, models, parameters, tests, defaultTest);
    }

    public CardContent withTests(List<TestDef> value) {
        return new CardContent(title, description, tags, variants, systemPrompt, models, parameters, value,
                defaultTest);
    }

    public CardContent withModels(List<String> value) {
        return new CardContent(title, description, tags, variants, systemPrompt, value, parameters, tests,
                defaultTest);
    }
}
