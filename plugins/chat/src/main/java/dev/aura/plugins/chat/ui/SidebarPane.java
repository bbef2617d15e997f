package dev.aura.plugins.chat.ui;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import dev.aura.plugins.api.ui.Paragraph;
import dev.aura.plugins.chat.Messages;
import dev.aura.plugins.chat.model.ConversationSummary;
import dev.aura.plugins.chat.model.Folder;
import dev.aura.plugins.chat.model.Persona;
import dev.aura.plugins.chat.model.SearchHit;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The left column: New chat, search, folder filter, trash, and the conversation list or the search results. */
final class SidebarPane {
    private final ChatViewModel chat;
    private final ConversationListViewModel vm;
    private final Messages messages;
    private final ChatDialogs dialogs;
    private final ChatTexts texts;
    private final VBox root = new VBox(8);
    private final CustomTextField search = new CustomTextField();
    private final ListView<ConversationSummary> conversations;

    SidebarPane(ChatViewModel chat, ChatDialogs dialogs, ChatTexts texts) {
        this.chat = chat;
        this.vm = chat.list();
        this.messages = chat.messages();
        this.dialogs = dialogs;
        this.texts = texts;
        this.conversations = new ListView<>(vm.visible());
        build();
    }

    Node node() {
        return root;
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private void build() {
        root.getStyleClass().add("chat-sidebar");
        root.setPadding(new Insets(12, 10, 10, 12));
        root.setMinWidth(220);
        root.setPrefWidth(290);

        search.setId("chat-search");
        search.setPromptText(messages.text("search.prompt"));
        search.setLeft(new FontIcon("fth-search"));
        search.textProperty().bindBidirectional(chat.search().queryProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                chat.search().clear();
            }
        });

        StackPane lists = new StackPane(conversationList(), resultList());
        VBox.setVgrow(lists, Priority.ALWAYS);
        root.getChildren().addAll(topBar(), search, filters(), lists, trashBar());
    }

    private Node topBar() {
        SplitMenuButton newChat = new SplitMenuButton();
        newChat.setId("new-chat");
        newChat.setText(messages.text("sidebar.newChat"));
        newChat.setGraphic(new FontIcon("fth-plus"));
        newChat.getStyleClass().add(Styles.ACCENT);
        newChat.setTooltip(new Tooltip(messages.text("sidebar.newChatTooltip")));
        newChat.setOnAction(e -> chat.newChat(null));
        Runnable personaItems = () -> {
            newChat.getItems().clear();
            for (Persona persona : chat.personas().personas()) {
                MenuItem item = new MenuItem(persona.name(), new FontIcon("fth-user"));
                item.setOnAction(e -> chat.newChat(persona));
                newChat.getItems().add(item);
            }
            if (!newChat.getItems().isEmpty()) {
                newChat.getItems().add(new SeparatorMenuItem());
            }
            MenuItem manage = new MenuItem(messages.text("sidebar.managePersonas"));
            manage.setOnAction(e -> dialogs.personas(root));
            newChat.getItems().add(manage);
        };
        chat.personas().personas().addListener((ListChangeListener<Persona>) c -> personaItems.run());
        personaItems.run();
        newChat.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(newChat, Priority.ALWAYS);

        MenuButton more = new MenuButton(null, new FontIcon("fth-more-horizontal"));
        more.setId("chat-more");
        more.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        MenuItem importItem = new MenuItem(messages.text("menu.import"), new FontIcon("fth-upload"));
        importItem.setOnAction(e -> dialogs.importFile(root));
        MenuItem exportAll = new MenuItem(messages.text("menu.exportAll"), new FontIcon("fth-download"));
        exportAll.setOnAction(e -> dialogs.exportAll(root));
        MenuItem personas = new MenuItem(messages.text("sidebar.managePersonas"), new FontIcon("fth-users"));
        personas.setOnAction(e -> dialogs.personas(root));
        MenuItem newFolder = new MenuItem(messages.text("menu.newFolder"), new FontIcon("fth-folder-plus"));
        newFolder.setOnAction(e -> dialogs.askText(root, messages.text("folder.newTitle"), "")
                .ifPresent(name -> vm.moveToNewFolder(null, name)));
        MenuItem deleteFolder = new MenuItem(messages.text("menu.deleteFolder"), new FontIcon("fth-folder-minus"));
        deleteFolder.disableProperty().bind(vm.folderFilterProperty().isNull());
        deleteFolder.setOnAction(e -> {
            Folder folder = vm.folderFilterProperty().get();
            if (folder != null && dialogs.confirm(root, messages.text("folder.deleteTitle"),
                    messages.text("folder.deleteText", folder.name()))) {
                vm.deleteFolder(folder.id());
            }
        });
        more.getItems().addAll(importItem, exportAll, new SeparatorMenuItem(), newFolder, deleteFolder,
                new SeparatorMenuItem(), personas);
        HBox bar = new HBox(6, newChat, more);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node filters() {
        ComboBox<Folder> folder = new ComboBox<>();
        folder.setId("folder-filter");
        Folder all = new Folder(null, messages.text("folder.all"));
        Runnable items = () -> {
            Folder chosen = vm.folderFilterProperty().get();
            folder.getItems().setAll(all);
            folder.getItems().addAll(vm.folders());
            folder.setValue(chosen == null ? all : chosen);
        };
        vm.folders().addListener((ListChangeListener<Folder>) c -> items.run());
        items.run();
        folder.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                vm.folderFilterProperty().set(chosen.id() == null ? null : chosen);
            }
        });
        folder.setCellFactory(v -> folderCell());
        folder.setButtonCell(folderCell());
        folder.setMaxWidth(Double.MAX_VALUE);
        folder.disableProperty().bind(vm.showingTrashProperty());
        HBox.setHgrow(folder, Priority.ALWAYS);

        ToggleButton trash = new ToggleButton(null, new FontIcon("fth-trash-2"));
        trash.setId("show-trash");
        trash.setTooltip(new Tooltip(messages.text("sidebar.trash")));
        trash.selectedProperty().bindBidirectional(vm.showingTrashProperty());
        HBox bar = new HBox(6, folder, trash);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static ListCell<Folder> folderCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Folder item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
                setGraphic(empty || item == null ? null : new FontIcon(item.id() == null ? "fth-inbox" : "fth-folder"));
            }
        };
    }

    private Node conversationList() {
        conversations.setId("conversation-list");
        conversations.getStyleClass().add("conversation-list");
        conversations.setCellFactory(v -> {
            ConversationCell cell = new ConversationCell(texts);
            cell.setOnContextMenuRequested(e -> {
                if (cell.getItem() != null) {
                    ConversationMenu.of(cell.getItem(), chat, dialogs, conversations).show(cell, e.getScreenX(),
                            e.getScreenY());
                    e.consume();
                }
            });
            cell.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && cell.getItem() != null
                        && cell.getItem().trashedAt() == null) {
                    chat.open(cell.getItem().id());
                }
            });
            return cell;
        });
        conversations.setOnKeyPressed(e -> {
            ConversationSummary selected = conversations.getSelectionModel().getSelectedItem();
            if (selected != null && e.getCode() == KeyCode.ENTER && selected.trashedAt() == null) {
                chat.open(selected.id());
            } else if (selected != null && e.getCode() == KeyCode.DELETE && selected.trashedAt() == null) {
                vm.trash(selected.id());
            }
        });
        // a Paragraph: JavaFX wraps Thai wrongly in labels
        StackPane empty = new StackPane();
        empty.setPadding(new Insets(12));
        Runnable emptyText = () -> empty.getChildren().setAll(Paragraph.of(messages.text(
                vm.showingTrashProperty().get() ? "sidebar.trashEmpty" : "sidebar.empty"), "placeholder-text"));
        vm.showingTrashProperty().addListener(o -> emptyText.run());
        emptyText.run();
        conversations.setPlaceholder(empty);
        conversations.visibleProperty().bind(chat.search().activeProperty().not());
        return conversations;
    }

    private Node resultList() {
        ListView<SearchHit> results = new ListView<>(chat.search().results());
        results.setId("search-results");
        results.setCellFactory(v -> {
            SearchHitCell cell = new SearchHitCell(messages.text("search.titleHit"));
            cell.setOnMouseClicked(e -> {
                if (cell.getItem() != null) {
                    chat.openHit(cell.getItem());
                }
            });
            return cell;
        });
        results.setOnKeyPressed(e -> {
            SearchHit hit = results.getSelectionModel().getSelectedItem();
            if (hit != null && e.getCode() == KeyCode.ENTER) {
                chat.openHit(hit);
            }
        });
        StackPane none = new StackPane(Paragraph.of(messages.text("search.none"), "placeholder-text"));
        none.setPadding(new Insets(12));
        results.setPlaceholder(none);
        results.visibleProperty().bind(chat.search().activeProperty());
        return results;
    }

    private Node trashBar() {
        Button empty = new Button(messages.text("trash.empty"), new FontIcon("fth-trash"));
        empty.setId("empty-trash");
        empty.getStyleClass().add(Styles.DANGER);
        empty.setMaxWidth(Double.MAX_VALUE);
        empty.disableProperty().bind(Bindings.isEmpty(vm.visible()));
        empty.setOnAction(e -> {
            if (dialogs.confirm(root, messages.text("trash.emptyTitle"),
                    messages.text("trash.emptyText", vm.visible().size()))) {
                vm.emptyTrash();
            }
        });
        VBox bar = new VBox(empty);
        bar.visibleProperty().bind(vm.showingTrashProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }
}
