package dev.aura.plugins.prompts.cards;

import dev.aura.core.prompts.PromptLibrary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The cards as core's shared prompt library, so other plugins (Automation's prompt steps) use a card version by
 * reference without importing this plugin: "Title" (latest), "Title@label" or "Title@3". The template is the
 * version's first variant.
 */
public final class CardPromptLibrary implements PromptLibrary {
    private final CardStore cards;

    public CardPromptLibrary(CardStore cards) {
        this.cards = cards;
    }

    @Override
    public Optional<String> template(String reference) {
        return CardReference.find(cards, reference).flatMap(ref -> ref.version(cards))
                .flatMap(v -> v.content().variants().stream().findFirst()).map(PromptVariant::template);
    }

    @Override
    public List<String> references() {
        List<String> references = new ArrayList<>();
        for (CardSummary card : cards.list("", Set.of())) {
            references.add(card.title());
            card.labels().keySet().stream().sorted().forEach(label -> references.add(card.title() + "@" + label));
        }
        return references;
    }
}
