package dev.aura.plugins.prompts.cli;

import dev.aura.plugins.prompts.Messages;
import dev.aura.plugins.prompts.cards.CardStore;
import dev.aura.plugins.prompts.cards.CardSummary;
import dev.aura.plugins.prompts.cards.CardVersion;
import java.util.Optional;

/**
 * A stored card named on the command line: {@code TITLE} (its latest version), {@code TITLE@LABEL} (the version the
 * label points at) or {@code TITLE@N} (version N). Titles match case-insensitively; a title that itself holds an
 * {@code @} is found as written first.
 */
final class CardRefs {
    private CardRefs() {}

    /** The version {@code ref} names, or empty when no card has that title. */
    static Optional<CardVersion> find(CardStore cards, String ref, Messages messages) {
        Optional<CardSummary> whole = cards.findByTitle(ref.strip());
        if (whole.isPresent()) {
            return Optional.of(cards.latest(whole.get().id()));
        }
        int at = ref.lastIndexOf('@');
        if (at <= 0 || at == ref.length() - 1) {
            return Optional.empty();
        }
        String title = ref.substring(0, at).strip();
        String selector = ref.substring(at + 1).strip();
        Optional<CardSummary> card = cards.findByTitle(title);
        if (card.isEmpty()) {
            return Optional.empty();
        }
        CardSummary summary = card.get();
        if (selector.chars().allMatch(Character::isDigit)) {
            int number = Integer.parseInt(selector);
            return Optional.of(cards.version(summary.id(), number).orElseThrow(() -> CliException.failed(
                    messages.text("cli.ref.noVersion", summary.title(), number, summary.latestVersion()))));
        }
        return Optional.of(cards.byLabel(summary.id(), selector).orElseThrow(() -> CliException.failed(
                messages.text("cli.ref.noLabel", summary.title(), selector,
                        summary.labels().isEmpty() ? "-" : String.join(", ", summary.labels().keySet())))));
    }

    /** As {@link #find}, failing with what to do when no card has that title. */
    static CardVersion require(CardStore cards, String ref, Messages messages) {
        return find(cards, ref, messages).orElseThrow(() -> CliException.failed(messages.text("cli.ref.noCard", ref)));
    }
}
