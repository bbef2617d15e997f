package dev.aura.plugins.prompts.run;

import java.util.List;

/**
 * How a suite runs.
 *
 * @param concurrency    at most this many model calls at once (at least 1)
 * @param modelsOverride Ollama models that replace the config's providers (the CLI's {@code --models}); empty keeps them
 * @param suiteName      the suite's name in the eval log when the config has no description (usually its file name)
 * @param systemPrompt   a template rendered with each test's vars and sent as the system message before every prompt
 *                       that has none of its own (a card's system prompt); null for none
 */
public record RunOptions(int concurrency, List<String> modelsOverride, String suiteName, String systemPrompt) {
    public RunOptions {
        if (concurrency < 1) {
            throw new IllegalArgumentException("Concurrency must be at least 1; use 1 to run one call at a time.");
        }
        modelsOverride = modelsOverride == null ? List.of() : List.copyOf(modelsOverride);
        suiteName = suiteName == null || suiteName.isBlank() ? "prompts" : suiteName;
        systemPrompt = systemPrompt == null || systemPrompt.isBlank() ? null : systemPrompt;
    }

    public RunOptions(int concurrency, List<String> modelsOverride, String suiteName) {
        this(concurrency, modelsOverride, suiteName, null);
    }

    public static RunOptions of(int concurrency) {
        return new RunOptions(concurrency, List.of(), null);
    }
}
