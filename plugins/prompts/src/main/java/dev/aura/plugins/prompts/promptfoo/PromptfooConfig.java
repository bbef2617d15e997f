package dev.aura.plugins.prompts.promptfoo;

import java.util.List;

/**
 * A promptfoo config read into our model. {@code defaultTest} is never null (an empty test when the config has none);
 * callers merge it into each test. {@code warnings} lists everything that was not imported.
 */
public record PromptfooConfig(
        String description,
        List<PromptDef> prompts,
        List<ProviderDef> providers,
        List<TestDef> tests,
        TestDef defaultTest,
        List<ImportWarning> warnings) {
    public PromptfooConfig {
        prompts = List.copyOf(prompts);
        providers = List.copyOf(providers);
        tests = List.copyOf(tests);
        defaultTest = defaultTest == null ? TestDef.empty() : defaultTest;
        warnings = List.copyOf(warnings);
    }

    /** The same config without warnings: what a round trip through the writer preserves. */
    public PromptfooConfig withoutWarnings() {
        return new PromptfooConfig(description, prompts, providers, tests, defaultTest, List.of());
    }
}
