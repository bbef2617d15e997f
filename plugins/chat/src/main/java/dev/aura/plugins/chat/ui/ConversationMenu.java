package dev.aura.plugins.chat.ui;

import dev.aura.plugins.chat.Messages;
import dev.aura.plugins.chat.model.ConversationSummary;
import dev.aura.plugins.chat.model.Folder;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.kordamp.ikonli.javafx.FontIcon;

/** Right-click on a conversation: rename, pin, folder, export, trash; in the trash: restore. */
final class ConversationMenu {
    private ConversationMenu() {}

    static ContextMenu of(ConversationSummary s, ChatViewModel chat, ChatDialogs dialogs, Node owner) {
        Messages messages = chat.messages();
        ConversationListViewModel vm = chat.list();
        ContextMenu menu = new ContextMenu();
        menu.setId("conversation-menu");
        if (s.trashedAt() != null) {
            MenuItem restore = item(messages.text("menu.restore"), "fth-rotate-ccw", () -> vm.restore(s.id()));
            restore.setId("menu-restore");
            menu.getItems().add(restore);
            return menu;
        }
        MenuItem rename = item(messages.text("menu.rename"), "fth-edit-2", () ->
                dialogs.askText(owner, messages.text("menu.renameTitle"), s.title())
                        .ifPresent(title -> vm.rename(s.id(), title)));
        MenuItem pin = item(messages.text(s.pinned() ? "menu.unpin" : "menu.pin"), "fth-bookmark",
                () -> vm.setPinned(s.id(), !s.pinned()));
        Menu move = new Menu(messages.text("menu.moveToFolder"), new FontIcon("fth-folder"));
        if (s.folderId() != null) {
            move.getItems().add(item(messages.text("menu.noFolder"), "fth-inbox", () -> vm.moveToFolder(s.id(), null)));
        }
        for (Folder folder : vm.folders()) {
            if (!folder.id().equals(s.folderId())) {
                move.getItems().add(item(folder.name(), "fth-folder", () -> vm.moveToFolder(s.id(), folder.id())));
            }
        }
        move.getItems().add(item(messages.text("menu.newFolder"), "fth-folder-plus", () ->
                dialogs.askText(owner, messages.text("folder.newTitle"), "")
                        .ifPresent(name -> vm.moveToNewFolder(s.id(), name))));
        Menu export = new Menu(messages.text("menu.export"), new FontIcon("fth-download"));
        export.getItems().addAll(
                item(messages.text("menu.exportMarkdown"), "fth-file-text",
                        () -> dialogs.export(owner, s, ChatDialogs.Format.MARKDOWN)),
                item(messages.text("menu.exportJson"), "fth-code",
                        () -> dialogs.export(owner, s, ChatDialogs.Format.JSON)));
        MenuItem trash = item(messages.text("menu.trash"), "fth-trash-2", () -> vm.trash(s.id()));
        trash.setId("menu-trash");
        menu.getItems().addAll(rename, pin, move, export, new SeparatorMenuItem(), trash);
        return menu;
    }

    private static MenuItem item(String text, String icon, Runnable action) {
        MenuItem item = new MenuItem(text, new FontIcon(icon));
        item.setOnAction(e -> action.run());
        return item;
    }
}
