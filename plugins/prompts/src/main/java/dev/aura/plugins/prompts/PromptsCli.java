package dev.aura.plugins.prompts;

import dev.aura.plugins.prompts.cli.CardsCliContext;
import dev.aura.plugins.prompts.cli.CardsCommand;
import java.util.List;

/** {@code aura cards test|import|export|list}: one command tree, headless, over the plugin's services. */
final class PromptsCli {
    private PromptsCli() {}

    static List<Object> commands(PromptsServices services, Messages messages) {
        return List.of(CardsCommand.spec(CardsCliContext.of(services, messages)));
    }
}
