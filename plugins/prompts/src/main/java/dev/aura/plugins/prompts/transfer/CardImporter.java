package dev.aura.plugins.prompts.transfer;

import dev.aura.core.audit.AuditLog;
import dev.aura.plugins.prompts.cards.CardStore;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * CONTRACT SKELETON (cli helper): imports a promptfoo config file as a new card. Provider models are mapped to the
 * installed Ollama models ({@code installedModels}, which may throw when Ollama is down: then names are kept as
 * written, with a warning); unknown ones are reported as warnings. Invalid files throw
 * {@code PromptfooImportException} and store nothing. Appends "prompts.card-imported" to the audit log.
 */
public final class CardImporter {
    public CardImporter(CardStore cards, Supplier<List<String>> installedModels, AuditLog audit) {
    }

    public ImportReport importFile(Path configFile) {
        throw new UnsupportedOperationException("contract skeleton: the cli helper implements this");
    }
}
