package dev.aura.plugins.prompts.ui;

import dev.aura.plugins.api.Notifier;
import dev.aura.plugins.api.ui.Background;
import dev.aura.plugins.prompts.Messages;
import dev.aura.plugins.prompts.PromptsServices;
import dev.aura.plugins.prompts.cards.CardVersion;
import dev.aura.plugins.prompts.promptfoo.ImportWarning;
import dev.aura.plugins.prompts.transfer.ImportReport;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Import of a promptfoo config as a new card and export of a card version as one, as background jobs; the outcome
 * shows as a notification, the warnings of an import and any failure in a dialog.
 */
final class Transfers {
    private final PromptsServices services;
    private final Background background;
    private final Messages messages;
    private final Dialogs dialogs;

    Transfers(PromptsServices services, Background background, Messages messages, Dialogs dialogs) {
        this.services = services;
        this.background = background;
        this.messages = messages;
        this.dialogs = dialogs;
    }

    void importConfig(Path file, Consumer<CardVersion> onImported) {
        background.run("prompts.import-config", job -> services.importer().importFile(file), report -> {
            onImported.accept(report.card());
            notifier().notify(Notifier.Level.SUCCESS, messages.text("cards.import.done"),
                    messages.text("cards.import.doneText", report.card().content().title(), file.getFileName()));
            if (!report.warnings().isEmpty()) {
                dialogs.inform(messages.text("cards.import.warnings", report.warnings().size()), warnings(report));
            }
        }, failure -> dialogs.inform(messages.text("cards.import.failed", file.getFileName()),
                messages.text("cards.import.failedText", Background.describe(failure))));
    }

    void export(CardVersion version, Path file) {
        background.run("prompts.export-card", job -> {
            services.exporter().export(version, file);
            return file;
        }, done -> notifier().notify(Notifier.Level.SUCCESS, messages.text("cards.export.done"),
                messages.text("cards.export.doneText", version.content().title(), version.number(), done)),
                failure -> dialogs.inform(messages.text("cards.export.failed"),
                        messages.text("cards.export.failedText", Background.describe(failure))));
    }

    private static String warnings(ImportReport report) {
        return report.warnings().stream().map(ImportWarning::toString).collect(Collectors.joining("\n"));
    }

    private Notifier notifier() {
        return services.context().notifier();
    }

    /** "promptfooconfig.yaml" for a card titled so, else its title made file-safe. */
    static String suggestedName(String title) {
        String safe = title.strip().replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^-+|-+$", "");
        return (safe.isEmpty() ? "promptfooconfig" : safe) + ".yaml";
    }
}
