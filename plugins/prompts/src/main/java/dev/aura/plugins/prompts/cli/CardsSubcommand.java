package dev.aura.plugins.prompts.cli;

import dev.aura.plugins.api.cli.PluginSubcommand;
import dev.aura.plugins.prompts.cards.CardNotFoundException;
import dev.aura.plugins.prompts.promptfoo.PromptfooImportException;

/** Common ground of {@code aura cards ...}: the plugin's texts, and its failures already written for the user. */
abstract class CardsSubcommand extends PluginSubcommand {
    static final String BUNDLE = "dev.aura.plugins.prompts.messages";

    protected final CardsCliContext context;

    CardsSubcommand(CardsCliContext context) {
        this.context = context;
    }

    @Override
    protected String text(String key, Object... args) {
        return context.text(key, args);
    }

    @Override
    protected boolean expected(RuntimeException e) {
        return e instanceof PromptfooImportException || e instanceof CardNotFoundException;
    }
}
