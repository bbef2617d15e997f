package dev.aura.plugins.prompts.cli;

import dev.aura.plugins.api.cli.CliFailure;
import dev.aura.plugins.prompts.Messages;
import dev.aura.plugins.prompts.cards.CardReference;
import dev.aura.plugins.prompts.cards.CardStore;
import dev.aura.plugins.prompts.cards.CardSummary;
import dev.aura.plugins.prompts.cards.CardVersion;
import java.util.Optional;

/** A stored card named on the command line ({@link CardReference}), failing with what to do when it is missing. */
final class CardRefs {
    private CardRefs() {}

    /** The version {@code ref} names, or empty when no card has that title. */
    static Optional<CardVersion> find(CardStore cards, String ref, Messages messages) {
        return CardReference.find(cards, ref).map(found -> found.version(cards).orElseThrow(() -> {
            CardSummary summary = found.card();
            return found.numbered()
                    ? CliFailure.failed(messages.text("cli.ref.noVersion", summary.title(),
                            Integer.parseInt(found.selector()), summary.latestVersion()))
                    : CliFailure.failed(messages.text("cli.ref.noLabel", summary.title(), found.selector(),
                            summary.labels().isEmpty() ? "-" : String.join(", ", summary.labels().keySet())));
        }));
    }

    /** As {@link #find}, failing with what to do when no card has that title. */
    static CardVersion require(CardStore cards, String ref, Messages messages) {
        return find(cards, ref, messages).orElseThrow(() -> CliFailure.failed(messages.text("cli.ref.noCard", ref)));
    }
}
