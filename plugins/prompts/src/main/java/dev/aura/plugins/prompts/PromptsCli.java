package dev.aura.plugins.prompts;

import java.util.List;

/** CONTRACT SKELETON (cli helper): {@code aura cards test|import|export|list}. */
final class PromptsCli {
    private PromptsCli() {}

    static List<Object> commands(PromptsServices services, Messages messages) {
        return List.of();
    }
}
