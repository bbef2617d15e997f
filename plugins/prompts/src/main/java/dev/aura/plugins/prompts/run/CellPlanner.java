package dev.aura.plugins.prompts.run;

import dev.aura.plugins.prompts.promptfoo.PromptfooConfig;
import dev.aura.plugins.prompts.promptfoo.ProviderDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Lays out a run's cells in the stable order results are reported in: test, then prompt, then provider. */
final class CellPlanner {
    private CellPlanner() {}

    static List<Cell> plan(PromptfooConfig config, List<String> modelsOverride) {
        List<ProviderDef> providers = modelsOverride.isEmpty()
                ? config.providers()
                : modelsOverride.stream()
                        .map(m -> new ProviderDef("ollama:chat:" + m, null, "chat", m, Map.of()))
                        .toList();
        List<Cell> cells = new ArrayList<>();
        for (int t = 0; t < config.tests().size(); t++) {
            for (int p = 0; p < config.prompts().size(); p++) {
                for (int v = 0; v < providers.size(); v++) {
                    ProviderDef provider = providers.get(v);
                    boolean ollama = provider.supported() && provider.id().startsWith("ollama");
                    cells.add(new Cell(t, p, v, provider.id(), ollama ? provider.kind() : null,
                            ollama ? provider.model() : null, provider.config()));
                }
            }
        }
        return cells;
    }
}
