package dev.aura.plugins.prompts.checks;

import dev.aura.plugins.prompts.cards.CardContent;
import java.util.List;

/** CONTRACT SKELETON (checks helper): scans a card for injection-prone templates; fast enough to run on each edit. */
public final class PromptChecker {
    public List<Finding> check(CardContent content) {
        return List.of();
    }
}
