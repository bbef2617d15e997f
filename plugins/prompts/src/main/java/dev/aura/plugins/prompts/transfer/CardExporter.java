package dev.aura.plugins.prompts.transfer;

import dev.aura.plugins.prompts.cards.CardVersion;
import java.nio.file.Path;

/**
 * CONTRACT SKELETON (cli helper): writes a card version as a promptfoo config that promptfoo itself can run
 * ({@code promptfooconfig.yaml}, providers {@code ollama:chat:M}), atomically (a temp file moved into place).
 */
public final class CardExporter {
    public void export(CardVersion version, Path file) {
        throw new UnsupportedOperationException("contract skeleton: the cli helper implements this");
    }
}
