package dev.aura.plugins.prompts.ui;

import dev.aura.plugins.api.Notifier;
import dev.aura.plugins.api.ui.Background;
import dev.aura.plugins.prompts.Messages;
import dev.aura.plugins.prompts.PromptsServices;
import dev.aura.plugins.prompts.cards.CardVersion;
import dev.aura.plugins.prompts.promptfoo.ImportWarning;
import dev.aura.plugins.prompts.transfer.ImportReport;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;

/**
 * Import of a promptfoo config as a new card (picked or dropped) and export of a card version as one, as background
 * jobs; the outcome shows as a notification, the warnings of an import and any failure in a dialog.
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

    /** The file chooser for a promptfoo config to import; empty when the user cancels. */
    java.util.Optional<Path> chooseConfig(javafx.stage.Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("cards.import.choose"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.text("cards.import.filter"), "*.yaml", "*.yml", "*.json"),
                new FileChooser.ExtensionFilter(messages.text("cards.import.all"), "*"));
        File file = chooser.showOpenDialog(owner);
        return java.util.Optional.ofNullable(file).map(File::toPath);
    }

    /** The file chooser for where to export {@code version}, named after its title. */
    java.util.Optional<Path> chooseTarget(javafx.stage.Window owner, CardVersion version) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("cards.export.choose"));
        chooser.setInitialFileName(suggestedName(version.content().title()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("YAML", "*.yaml", "*.yml"));
        return java.util.Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    /** A promptfoo config dropped on {@code target} is imported like one picked in Import. */
    static void acceptConfigDrops(Node target, Consumer<Path> importFile) {
        target.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream().anyMatch(Transfers::isConfig)) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        target.setOnDragDropped(e -> {
            var file = e.getDragboard().getFiles().stream().filter(Transfers::isConfig).findFirst();
            file.ifPresent(f -> importFile.accept(f.toPath()));
            e.setDropCompleted(file.isPresent());
            e.consume();
        });
    }

    static boolean isConfig(File file) {
        String name = file.getName().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
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
