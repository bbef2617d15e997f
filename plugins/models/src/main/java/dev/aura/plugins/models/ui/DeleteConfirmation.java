package dev.aura.plugins.models.ui;

import dev.aura.core.ollama.InstalledModel;
import dev.aura.plugins.models.ByteSizes;
import dev.aura.plugins.models.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks before a model is deleted; a seam so UI tests need not drive a modal dialog. */
@FunctionalInterface
public interface DeleteConfirmation {
    boolean confirm(Window owner, InstalledModel model);

    static DeleteConfirmation dialog(Messages messages) {
        return (owner, model) -> {
            ButtonType delete = new ButtonType(messages.text("delete.confirm"), ButtonBar.ButtonData.OK_DONE);
            ButtonType keep = new ButtonType(messages.text("delete.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", delete, keep);
            alert.initOwner(owner);
            alert.setTitle(messages.text("delete.title"));
            alert.setHeaderText(messages.text("delete.header", model.name()));
            alert.setContentText(messages.text("delete.body",
                    ByteSizes.format(model.sizeBytes(), messages.locale()), model.name()));
            return alert.showAndWait().filter(delete::equals).isPresent();
        };
    }
}
