package dev.aura.plugins.automation.ui.editor;

import dev.aura.plugins.api.Notifier;
import dev.aura.plugins.api.ui.Background;
import dev.aura.plugins.automation.AutomationServices;
import dev.aura.plugins.automation.Messages;
import dev.aura.plugins.automation.store.FlowVersion;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Import of a workflow YAML file (picked or dropped) and export of a saved version as one, as background jobs; the
 * outcome shows as a notification, a failure (with file, line and column, or the problems) in a dialog.
 */
public final class Transfers {
    private final AutomationServices services;
    private final Background background;
    private final Messages messages;
    private final Dialogs dialogs;

    public Transfers(AutomationServices services, Background background, Messages messages, Dialogs dialogs) {
        this.services = services;
        this.background = background;
        this.messages = messages;
        this.dialogs = dialogs;
    }

    public void importFile(Path file, Consumer<FlowVersion> onImported) {
        background.run("automation.import-flow", job -> services.importFile(file), version -> {
            onImported.accept(version);
            services.context().notifier().notify(Notifier.Level.SUCCESS, messages.text("editor.import.done"),
                    messages.text("editor.import.doneText", version.workflow().name(), file.getFileName(),
                            version.version()));
        }, failure -> dialogs.inform(messages.text("editor.import.failed", file.getFileName()),
                messages.text("editor.import.failedText", Background.describe(failure))));
    }

    public void export(FlowVersion version, Path file) {
        background.run("automation.export-flow", job -> {
            String yaml = version.yaml() == null || version.yaml().isBlank()
                    ? services.toYaml(version.workflow()) : version.yaml();
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
            return file;
        }, done -> services.context().notifier().notify(Notifier.Level.SUCCESS, messages.text("editor.export.done"),
                messages.text("editor.export.doneText", version.workflow().name(), version.version(), done)),
                failure -> dialogs.inform(messages.text("editor.export.failed"),
                        messages.text("editor.export.failedText", Background.describe(failure))));
    }

    public Optional<Path> chooseImport(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("editor.import.choose"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.text("editor.import.filter"), "*.yaml", "*.yml"),
                new FileChooser.ExtensionFilter(messages.text("editor.import.all"), "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    public Optional<Path> chooseExport(Window owner, FlowVersion version) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("editor.export.choose"));
        chooser.setInitialFileName(suggestedName(version.workflow().name()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("YAML", "*.yaml", "*.yml"));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    /** A workflow file dropped on {@code target} is imported like one picked in Import. */
    public static void acceptDrops(Node target, Consumer<Path> importFile) {
        target.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream().anyMatch(Transfers::isYaml)) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        target.setOnDragDropped(e -> {
            var file = e.getDragboard().getFiles().stream().filter(Transfers::isYaml).findFirst();
            file.ifPresent(f -> importFile.accept(f.toPath()));
            e.setDropCompleted(file.isPresent());
            e.consume();
        });
    }

    static boolean isYaml(File file) {
        String name = file.getName().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** The workflow's name made file-safe, as YAML. */
    static String suggestedName(String name) {
        String safe = name.strip().replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^-+|-+$", "");
        return (safe.isEmpty() ? "workflow" : safe) + ".yaml";
    }
}
