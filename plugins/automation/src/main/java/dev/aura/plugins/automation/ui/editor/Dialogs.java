package dev.aura.plugins.automation.ui.editor;

import dev.aura.plugins.api.ui.Paragraph;
import dev.aura.plugins.automation.Messages;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The panel's modal questions, owned by its window, in the user's language. */
public class Dialogs {
    public enum Leave { SAVE, DISCARD, CANCEL }

    private final Messages messages;
    private final Supplier<Window> owner;

    public Dialogs(Messages messages, Supplier<Window> owner) {
        this.messages = messages;
        this.owner = owner;
    }

    /** The workflow has unsaved edits: save them, drop them, or stay. */
    public Leave askLeave(String name) {
        ButtonType save = new ButtonType(messages.text("editor.leave.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.text("editor.leave.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.text("editor.leave.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, messages.text("editor.leave.title", name),
                messages.text("editor.leave.text"), save, discard, cancel);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? Leave.SAVE : answer == discard ? Leave.DISCARD : Leave.CANCEL;
    }

    /** True when the user pressed {@code okText}. */
    public boolean confirm(String header, String text, String okText) {
        ButtonType ok = new ButtonType(okText, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.text("editor.leave.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        return alert(Alert.AlertType.CONFIRMATION, header, text, ok, cancel).showAndWait().orElse(cancel) == ok;
    }

    /** Not modal: it reports on work that has finished, nothing waits for the answer. */
    public void inform(String header, String text) {
        Alert alert = alert(Alert.AlertType.INFORMATION, header, text, ButtonType.OK);
        alert.getDialogPane().setId("automation-info");
        alert.show();
    }

    private Alert alert(Alert.AlertType type, String header, String text, ButtonType... buttons) {
        Alert alert = new Alert(type, "", buttons);
        alert.initOwner(owner.get());
        alert.setTitle(messages.text("plugin.name"));
        alert.setHeaderText(header);
        var body = Paragraph.of(text);
        body.setPrefWidth(440);
        alert.getDialogPane().setContent(body);
        return alert;
    }
}
