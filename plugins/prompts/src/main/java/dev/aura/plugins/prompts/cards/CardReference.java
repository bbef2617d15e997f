package dev.aura.plugins.prompts.cards;

import java.util.Optional;

/**
 * A stored card named by text: {@code TITLE} (its latest version), {@code TITLE@LABEL} (the version the label points
 * at) or {@code TITLE@N} (version N). Titles match case-insensitively; a title that itself holds an {@code @} is found
 * as written first. {@code selector} is null for the latest version.
 */
public record CardReference(CardSummary card, String selector) {
    /** The card {@code ref} names, or empty when no card has that title. */
    public static Optional<CardReference> find(CardStore cards, String ref) {
        Optional<CardSummary> whole = cards.findByTitle(ref.strip());
        if (whole.isPresent()) {
            return Optional.of(new CardReference(whole.get(), null));
        }
        int at = ref.lastIndexOf('@');
        if (at <= 0 || at == ref.length() - 1) {
            return Optional.empty();
        }
        String selector = ref.substring(at + 1).strip();
        return cards.findByTitle(ref.substring(0, at).strip()).map(card -> new CardReference(card, selector));
    }

    /** Whether the selector is a version number rather than a label. */
    public boolean numbered() {
        return selector != null && !selector.isEmpty() && selector.chars().allMatch(Character::isDigit);
    }

    /** The version this names; empty when that version number or label does not exist. */
    public Optional<CardVersion> version(CardStore cards) {
        if (selector == null) {
            return Optional.of(cards.latest(card.id()));
        }
        return numbered() ? cards.version(card.id(), Integer.parseInt(selector)) : cards.byLabel(card.id(), selector);
    }
}
