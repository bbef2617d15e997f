package dev.aura.plugins.prompts.ui;

import dev.aura.plugins.api.ui.Paragraph;
import dev.aura.plugins.prompts.Messages;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** The panel's modal questions, owned by its window, in the user's language. */
class Dialogs {
    enum Leave { SAVE, DISCARD, CANCEL }

    private final Messages messages;
    private final Supplier<Window> owner;

    Dialogs(Messages messages, Supplier<Window> owner) {
        this.messages = messages;
        this.owner = owner;
    }

    /** The card has unsaved edits: save them, drop them, or stay. */
    Leave askLeave(String title) {
        ButtonType save = new ButtonType(messages.text("cards.leave.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.text("cards.leave.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.text("cards.leave.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, messages.text("cards.leave.title", title),
                messages.text("cards.leave.text"), save, discard, cancel);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? Leave.SAVE : answer == discard ? Leave.DISCARD : Leave.CANCEL;
    }

    boolean confirm(String header, String text) {
        ButtonType ok = new ButtonType(messages.text("cards.confirm.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.text("cards.leave.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        return alert(Alert.AlertType.CONFIRMATION, header, text, ok, cancel).showAndWait().orElse(cancel) == ok;
    }

    /** Not modal: it reports on work that has finished, nothing waits for the answer. */
    void inform(String header, String text) {
        Alert alert = alert(Alert.AlertType.INFORMATION, header, text, ButtonType.OK);
        alert.getDialogPane().setId("prompts-info");
        alert.show();
    }

    Optional<String> askText(String header, String caption, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(owner.get());
        dialog.setTitle(messages.text("plugin.name"));
        dialog.setHeaderText(header);
        dialog.setContentText(caption);
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    private Alert alert(Alert.AlertType type, String header, String text, ButtonType... buttons) {
        Alert alert = new Alert(type, "", buttons);
        alert.initOwner(owner.get());
        alert.setTitle(messages.text("plugin.name"));
        alert.setHeaderText(header);
        var body = Paragraph.of(text);
        body.setPrefWidth(420);
        alert.getDialogPane().setContent(body);
        return alert;
    }
}
