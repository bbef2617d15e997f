package dev.aura.plugins.prompts.report;

import dev.aura.plugins.prompts.promptfoo.PromptfooConfig;
import dev.aura.plugins.prompts.promptfoo.ProviderDef;
import dev.aura.plugins.prompts.promptfoo.TestDef;
import dev.aura.plugins.prompts.run.CellResult;
import dev.aura.plugins.prompts.run.SuiteResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One config (or stored card) as it ran: the config, the models that replaced its providers (empty when none did) and
 * the result. Cells are in (test, prompt, provider) order, which is how the reports find a cell's provider.
 */
public final class SuiteRun {
    private final String name;
    private final PromptfooConfig config;
    private final SuiteResult result;
    private final List<ProviderDef> providers;

    public SuiteRun(String name, PromptfooConfig config, List<String> modelsOverride, SuiteResult result) {
        this.name = Objects.requireNonNull(name, "name");
        this.config = Objects.requireNonNull(config, "config");
        this.result = Objects.requireNonNull(result, "result");
        this.providers = modelsOverride == null || modelsOverride.isEmpty()
                ? config.providers()
                : modelsOverride.stream().map(m -> new ProviderDef("ollama:chat:" + m, null, "chat", m, Map.of()))
                        .toList();
    }

    /** The config's file name or the card's title and version. */
    public String name() {
        return name;
    }

    public PromptfooConfig config() {
        return config;
    }

    public SuiteResult result() {
        return result;
    }

    /** The providers the cells ran on, in the order the engine planned them. */
    public List<ProviderDef> providers() {
        return providers;
    }

    public int promptCount() {
        return config.prompts().size();
    }

    public int providerCount() {
        return providers.size();
    }

    /** The provider index of the cell at {@code cellIndex}. */
    public int providerIndex(int cellIndex) {
        int providers = providerCount();
        return providers == 0 ? 0 : cellIndex % providers;
    }

    /** The cell of test {@code test}, prompt {@code prompt} and provider {@code provider}. */
    public CellResult cell(int test, int prompt, int provider) {
        return result.cells().get((test * promptCount() + prompt) * providerCount() + provider);
    }

    /** A test's description, else "test N" (1-based). */
    public String testName(int testIndex) {
        String description = config.tests().get(testIndex).description();
        return description == null || description.isBlank() ? "test " + (testIndex + 1) : description;
    }

    /** A test's vars over the defaultTest's, as the engine rendered the prompt with. */
    public Map<String, Object> vars(int testIndex) {
        TestDef test = config.tests().get(testIndex);
        if (config.defaultTest().vars().isEmpty()) {
            return test.vars();
        }
        Map<String, Object> vars = new LinkedHashMap<>(config.defaultTest().vars());
        vars.putAll(test.vars());
        return vars;
    }

    public String providerLabel(int providerIndex) {
        ProviderDef provider = providers.get(providerIndex);
        return provider.label() == null ? provider.id() : provider.label();
    }
}
