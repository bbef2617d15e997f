package dev.aura.plugins.chat.ui;

import dev.aura.plugins.chat.Messages;
import dev.aura.plugins.chat.model.ConversationSummary;
import java.io.File;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The panel's modal questions: names, confirmations, file choosers, the personas dialog, import errors. */
class ChatDialogs {
    enum Format { MARKDOWN, JSON }

    private final ChatViewModel chat;
    private final Messages messages;

    ChatDialogs(ChatViewModel chat) {
        this.chat = chat;
        this.messages = chat.messages();
    }

    Optional<String> askText(Node owner, String title, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(window(owner));
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setGraphic(null);
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    boolean confirm(Node owner, String title, String text) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.CANCEL, ButtonType.OK);
        alert.initOwner(window(owner));
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    void personas(Node owner) {
        new PersonasDialog(chat.personas(), chat.composer(), messages).show(window(owner));
    }

    void export(Node owner, ConversationSummary conversation, Format format) {
        FileChooser chooser = chooser(messages.text("export.title"), format);
        chooser.setInitialFileName(ExportNames.fileName(conversation.title(), format == Format.JSON ? "json" : "md"));
        File file = chooser.showSaveDialog(window(owner));
        if (file != null) {
            chat.transfers().exportConversation(conversation.id(), format == Format.JSON, file.toPath());
        }
    }

    void exportAll(Node owner) {
        FileChooser chooser = chooser(messages.text("export.allTitle"), Format.JSON);
        chooser.setInitialFileName("aura-conversations.json");
        File file = chooser.showSaveDialog(window(owner));
        if (file != null) {
            chat.transfers().exportAll(file.toPath());
        }
    }

    void importFile(Node owner) {
        FileChooser chooser = chooser(messages.text("import.title"), Format.JSON);
        File file = chooser.showOpenDialog(window(owner));
        if (file != null) {
            chat.transfers().importFile(file.toPath(), problem -> showImportError(owner, problem));
        }
    }

    /** A malformed file: what is wrong with it, and that nothing was imported. */
    void showImportError(Node owner, String problem) {
        Alert alert = new Alert(Alert.AlertType.ERROR, problem, ButtonType.OK);
        alert.initOwner(window(owner));
        alert.setTitle(messages.text("import.failedTitle"));
        alert.setHeaderText(messages.text("import.failedHeader"));
        alert.showAndWait();
    }

    private FileChooser chooser(String title, Format format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(format == Format.JSON
                ? new FileChooser.ExtensionFilter(messages.text("export.jsonFiles"), "*.json")
                : new FileChooser.ExtensionFilter(messages.text("export.markdownFiles"), "*.md"));
        return chooser;
    }

    private static Window window(Node owner) {
        return owner == null || owner.getScene() == null ? null : owner.getScene().getWindow();
    }
}
