package dev.aura.plugins.automation.ui.runs;

import atlantafx.base.theme.Styles;
import dev.aura.plugins.api.ui.Paragraph;
import dev.aura.plugins.automation.Messages;
import dev.aura.plugins.automation.model.Permissions;
import dev.aura.plugins.automation.runs.PermissionChange;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Before a workflow first runs, or when its permissions grew: the folders, hosts and executables it may use (and
 * whether it may run commands), what is new since the last confirmation marked. Allow or Cancel.
 */
final class PermissionDialog {
    private final Dialog<Boolean> dialog = new Dialog<>();
    private final Messages messages;

    PermissionDialog(PermissionChange change, Messages messages, String stylesheet) {
        this.messages = messages;
        ButtonType allow = new ButtonType(messages.text("runs.permissions.allow"), ButtonBar.ButtonData.OK_DONE);
        dialog.setTitle(messages.text("runs.permissions.title", change.workflow()));
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        dialog.getDialogPane().setId("permission-dialog");
        dialog.getDialogPane().getStylesheets().add(stylesheet);
        dialog.getDialogPane().getStyleClass().add("runs-dialog");
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, allow);
        dialog.getDialogPane().setContent(content(change));
        dialog.getDialogPane().setPrefWidth(520);
        Button allowButton = (Button) dialog.getDialogPane().lookupButton(allow);
        allowButton.setId("permission-allow");
        allowButton.setDefaultButton(true);
        dialog.setResultConverter(button -> button == allow);
    }

    /** Not blocking: {@code onAnswer} gets true when the user allowed. */
    void show(Window owner, Consumer<Boolean> onAnswer) {
        dialog.initOwner(owner);
        dialog.setOnHidden(e -> onAnswer.accept(Boolean.TRUE.equals(dialog.getResult())));
        dialog.show();
    }

    private Node content(PermissionChange change) {
        Permissions p = change.requested();
        VBox box = new VBox(8);
        box.getChildren().add(Paragraph.of(messages.text(change.firstRun() ? "runs.permissions.first"
                : "runs.permissions.grew", change.workflow())));
        section(box, "runs.permissions.folders", p.folders().stream().map(f -> item(f.toString(),
                !change.firstRun() && change.newFolders().contains(f))).toList());
        section(box, "runs.permissions.hosts", p.hosts().stream().map(h -> item(h,
                !change.firstRun() && change.newHosts().contains(h))).toList());
        if (p.shellEnabled()) {
            section(box, "runs.permissions.shell", List.of(item(messages.text("runs.permissions.shellOn"),
                    !change.firstRun() && change.shellNewlyEnabled())));
            section(box, "runs.permissions.executables", p.executables().stream().map(x -> item(x,
                    !change.firstRun() && change.newExecutables().contains(x))).toList());
        }
        if (p.folders().isEmpty() && p.hosts().isEmpty() && !p.shellEnabled()) {
            box.getChildren().add(Paragraph.of(messages.text("runs.permissions.nothing")));
        }
        box.setId("permission-list");
        box.setPadding(new javafx.geometry.Insets(4, 12, 4, 12));
        return box;
    }

    private void section(VBox box, String key, List<Node> items) {
        if (items.isEmpty()) {
            return;
        }
        Label title = new Label(messages.text(key));
        title.getStyleClass().addAll(Styles.TEXT_MUTED, "permission-section");
        VBox list = new VBox(2);
        list.setPadding(new javafx.geometry.Insets(0, 0, 0, 10));
        list.getChildren().addAll(items);
        box.getChildren().addAll(title, list);
    }

    private Node item(String text, boolean isNew) {
        Label value = new Label(text);
        value.getStyleClass().add("permission-item");
        HBox row = new HBox(6, value);
        if (isNew) {
            Label badge = new Label(messages.text("runs.permissions.new"));
            badge.getStyleClass().addAll("run-badge", "permission-new");
            row.getChildren().add(badge);
            row.getStyleClass().add("permission-new-row");
        }
        return row;
    }
}
