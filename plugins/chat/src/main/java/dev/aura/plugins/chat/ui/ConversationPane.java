package dev.aura.plugins.chat.ui;

import atlantafx.base.theme.Styles;
import dev.aura.plugins.api.ui.Paragraph;
import dev.aura.plugins.chat.Messages;
import dev.aura.plugins.chat.model.Conversation;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.javafx.FontIcon;

/** The right side: the open conversation's title, its messages and the composer. */
final class ConversationPane {
    private final ChatViewModel chat;
    private final Messages messages;
    private final VBox root = new VBox();
    private final ComposerPane composer;
    private final MessageListView list;

    ConversationPane(ChatViewModel chat, AnswerBodies bodies, ChatTexts texts) {
        this.chat = chat;
        this.messages = chat.messages();
        this.composer = new ComposerPane(chat);
        this.list = new MessageListView(chat.conversation(), new MessageCell.Factory(chat, bodies, texts));
        build();
    }

    Node node() {
        return root;
    }

    ComposerPane composer() {
        return composer;
    }

    MessageListView messageList() {
        return list;
    }

    private void build() {
        root.getStyleClass().add("conversation-pane");
        Label title = new Label();
        title.setId("conversation-title");
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            Conversation c = chat.conversation().conversationProperty().get();
            return c == null ? messages.text("conversation.new") : c.title();
        }, chat.conversation().conversationProperty()));
        title.setPadding(new Insets(10, 16, 6, 16));
        title.setMinHeight(Label.USE_PREF_SIZE);

        VBox placeholder = new VBox(10);
        placeholder.setAlignment(Pos.CENTER);
        placeholder.setId("conversation-empty");
        placeholder.getStyleClass().add("empty-state");
        placeholder.setMaxWidth(520);
        Runnable fill = () -> fillPlaceholder(placeholder);
        chat.composer().modelsStateProperty().addListener(o -> fill.run());
        chat.conversation().conversationProperty().addListener(o -> fill.run());
        fill.run();
        list.node().setPlaceholder(placeholder);
        VBox.setVgrow(list.node(), Priority.ALWAYS);

        VBox composerBox = new VBox(composer.node());
        composerBox.setPadding(new Insets(8, 16, 12, 16));
        root.getChildren().addAll(title, list.node(), composerBox);
        composer.acceptDrops(root);
    }

    /** What to do next when there is nothing to show: start Ollama, pull a model, or just ask. */
    private void fillPlaceholder(VBox box) {
        String icon;
        String heading;
        String body;
        switch (chat.composer().modelsStateProperty().get()) {
            case UNREACHABLE -> {
                icon = "fth-alert-triangle";
                heading = messages.text("empty.ollamaDownTitle");
                body = messages.text("empty.ollamaDown", chat.ollamaUrl());
            }
            case NO_MODELS -> {
                icon = "fth-box";
                heading = messages.text("empty.noModelsTitle");
                body = messages.text("empty.noModels");
            }
            default -> {
                icon = "fth-message-square";
                heading = messages.text("empty.startTitle");
                body = messages.text("empty.start");
            }
        }
        FontIcon graphic = new FontIcon(icon);
        graphic.getStyleClass().add("empty-icon");
        Label title = new Label(heading);
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        TextFlow text = Paragraph.of(body, "empty-text");
        text.setTextAlignment(TextAlignment.CENTER);
        box.getChildren().setAll(graphic, title, text);
    }
}
