package dev.aura.plugins.prompts.transfer;

import dev.aura.core.audit.AuditLog;
import dev.aura.plugins.prompts.cards.CardConfigs;
import dev.aura.plugins.prompts.cards.CardContent;
import dev.aura.plugins.prompts.cards.CardStore;
import dev.aura.plugins.prompts.cards.CardVersion;
import dev.aura.plugins.prompts.promptfoo.ImportWarning;
import dev.aura.plugins.prompts.promptfoo.PromptfooConfig;
import dev.aura.plugins.prompts.promptfoo.PromptfooConfigReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Imports a promptfoo config file as a new card. Provider models are mapped to the installed Ollama models
 * ({@code installedModels}, which may throw when Ollama is down: then names are kept as written, with a warning);
 * unknown ones are reported as warnings. Invalid files throw {@code PromptfooImportException} and store nothing.
 * Appends "prompts.card-imported" to the audit log (the title, the file's name and counts; never its content).
 */
public final class CardImporter {
    public static final String AUDIT_ACTION = "prompts.card-imported";

    private final CardStore cards;
    private final ProviderMapping mapping;
    private final AuditLog audit;

    public CardImporter(CardStore cards, Supplier<List<String>> installedModels, AuditLog audit) {
        this.cards = Objects.requireNonNull(cards, "cards");
        this.mapping = new ProviderMapping(Objects.requireNonNull(installedModels, "installedModels"));
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    public ImportReport importFile(Path configFile) {
        PromptfooConfig config = new PromptfooConfigReader().read(configFile);
        ProviderMapping.Result providers = mapping.map(config.providers());
        List<ImportWarning> warnings = new ArrayList<>(config.warnings());
        warnings.addAll(providers.warnings());
        PromptfooConfig mapped = new PromptfooConfig(config.description(), config.prompts(), providers.providers(),
                config.tests(), config.defaultTest(), List.of());
        CardContent content = CardConfigs.fromConfig(mapped, fallbackTitle(configFile));
        String fileName = String.valueOf(configFile.getFileName());
        CardVersion version = cards.create(content, "imported from " + fileName);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("file", fileName);
        details.put("prompts", content.variants().size());
        details.put("tests", content.tests().size());
        details.put("models", content.models().size());
        details.put("warnings", warnings.size());
        audit.append(AUDIT_ACTION, content.title(), details);
        return new ImportReport(version, warnings);
    }

    /** The file's name without extension; for promptfooconfig.yaml, its folder's name, which says more. */
    static String fallbackTitle(Path configFile) {
        Path file = configFile.toAbsolutePath().normalize();
        String name = String.valueOf(file.getFileName());
        String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        if (base.equalsIgnoreCase("promptfooconfig") && file.getParent() != null
                && file.getParent().getFileName() != null) {
            return file.getParent().getFileName().toString();
        }
        return base;
    }
}
