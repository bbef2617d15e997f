package dev.aura.plugins.prompts.transfer;

import dev.aura.plugins.prompts.cards.CardVersion;
import dev.aura.plugins.prompts.promptfoo.ImportWarning;
import java.util.List;

/** A config imported as a card: the card's first version and everything that was not imported, or was mapped. */
public record ImportReport(CardVersion card, List<ImportWarning> warnings) {
    public ImportReport {
        warnings = List.copyOf(warnings);
    }
}
