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
        return version(reference.strip()).flatMap(v -> v.content().variants().stream().findFirst())
                .map(PromptVariant::template);
    }

    private Optional<CardVersion> version(String reference) {
        Optional<CardSummary> whole = cards.findByTitle(reference);
        if (whole.isPresent()) {
            return Optional.of(cards.latest(whole.get().id()));
        }
        int at = reference.lastIndexOf('@');
        if (at <= 0 || at == reference.length() - 1) {
            return Optional.empty();
        }
        String selector = reference.substring(at + 1).strip();
        return cards.findByTitle(reference.substring(0, at).strip()).flatMap(card ->
                selector.chars().allMatch(Character::isDigit)
                        ? cards.version(card.id(), Integer.parseInt(selector))
                        : cards.byLabel(card.id(), selector));
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
