package dev.aura.plugins.automation.ui.editor;

import atlantafx.base.controls.ToggleSwitch;
import dev.aura.plugins.api.ui.Paragraph;
import dev.aura.plugins.automation.Messages;
import dev.aura.plugins.automation.model.Permissions;
import dev.aura.plugins.automation.model.Workflow;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Permissions tab: granted folders, allowed HTTP hosts, the shell switch and the executables allowlist (only
 * while the shell is on), with a note that the user confirms these before the first run.
 */
final class PermissionsTab {
    private final WorkflowEditorViewModel vm;
    private final Messages messages;
    private final Supplier<Window> window;
    private final VBox content = new VBox(12);
    private final ScrollPane root = new ScrollPane(content);

    PermissionsTab(WorkflowEditorViewModel vm, Messages messages, Supplier<Window> window) {
        this.vm = vm;
        this.messages = messages;
        this.window = window;
        content.setPadding(new Insets(16));
        content.setMaxWidth(720);
        root.setFitToWidth(true);
        root.setId("permissions-tab");
        vm.loadsProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    ScrollPane root() {
        return root;
    }

    private void rebuild() {
        content.getChildren().clear();
        if (vm.draft() == null) {
            return;
        }
        Permissions p = vm.draft().permissions();
        VBox note = new VBox(Paragraph.of(t("editor.perm.note")));
        note.getStyleClass().add("note-banner");
        note.setId("permissions-note");

        StringListEditor folders = new StringListEditor("perm-folders", p.folders().stream().map(Path::toString)
                .toList(), t("editor.perm.folderPrompt"), t("editor.list.add"), t("editor.list.remove"),
                t("editor.list.empty"),
                list -> edit(x -> new Permissions(list.stream().map(Path::of).toList(), x.hosts(), x.executables(),
                        x.shellEnabled())));
        Button choose = new Button(t("editor.watch.choose"), new FontIcon(Feather.FOLDER));
        choose.setId("perm-folders-choose");
        choose.setMinWidth(Button.USE_PREF_SIZE);
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(t("editor.perm.folders"));
            File dir = chooser.showDialog(window.get());
            if (dir != null) {
                folders.add(dir.getAbsolutePath());
            }
        });
        folders.addAction(choose);

        StringListEditor hosts = new StringListEditor("perm-hosts", p.hosts(), t("editor.perm.hostPrompt"),
                t("editor.list.add"), t("editor.list.remove"), t("editor.list.empty"),
                list -> edit(x -> new Permissions(x.folders(), list, x.executables(), x.shellEnabled())));

        ToggleSwitch shell = new ToggleSwitch(t("editor.perm.shell"));
        shell.setId("perm-shell");
        shell.setSelected(p.shellEnabled());
        StringListEditor executables = new StringListEditor("perm-executables", p.executables(),
                t("editor.perm.executablePrompt"), t("editor.list.add"), t("editor.list.remove"),
                t("editor.list.empty"),
                list -> edit(x -> new Permissions(x.folders(), x.hosts(), list, x.shellEnabled())));
        executables.setEnabled(p.shellEnabled());
        shell.selectedProperty().addListener((o, a, b) -> {
            executables.setEnabled(b);
            edit(x -> new Permissions(x.folders(), x.hosts(), x.executables(), b));
        });

        content.getChildren().addAll(note,
                Forms.caption(t("editor.perm.folders")), Paragraph.of(t("editor.perm.foldersText"), "hint-text"),
                folders.root(),
                Forms.caption(t("editor.perm.hosts")), Paragraph.of(t("editor.perm.hostsText"), "hint-text"),
                hosts.root(),
                Forms.caption(t("editor.perm.shellTitle")), shell,
                Paragraph.of(t("editor.perm.shellText"), "hint-text"), executables.root());
    }

    private void edit(UnaryOperator<Permissions> change) {
        vm.update(w -> new Workflow(w.name(), w.description(), w.variables(), w.steps(), w.triggers(),
                change.apply(w.permissions()), w.policy()));
    }

    private String t(String key) {
        return messages.text(key);
    }
}
