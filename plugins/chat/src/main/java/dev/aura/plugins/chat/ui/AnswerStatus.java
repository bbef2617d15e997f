package dev.aura.plugins.chat.ui;

import atlantafx.base.theme.Styles;
import dev.aura.plugins.api.ui.Paragraph;
import dev.aura.plugins.chat.Messages;
import dev.aura.plugins.chat.model.ChatMessage;
import dev.aura.plugins.chat.model.MessageStatus;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The badge under an answer that did not complete, with the reason and what can be done: Retry, Pull. */
final class AnswerStatus {
    private AnswerStatus() {}

    /** Stopped, Interrupted or Failed, with what to do about it. */
    static Node of(ChatMessage m, ChatViewModel chat) {
        Messages messages = chat.messages();
        ConversationViewModel vm = chat.conversation();
        Label badge = new Label(messages.text("status." + m.status().name().toLowerCase(java.util.Locale.ROOT)));
        badge.getStyleClass().addAll("status-badge", "status-" + m.status().name().toLowerCase(java.util.Locale.ROOT));
        VBox box = new VBox(6, badge);
        box.getStyleClass().add("answer-status");
        if (m.status() == MessageStatus.FAILED) {
            if (m.errorMessage() != null && !m.errorMessage().isBlank()) {
                box.getChildren().add(Paragraph.of(m.errorMessage(), "error-text"));
            }
            Button retry = new Button(messages.text("answer.retry"), new FontIcon("fth-rotate-cw"));
            retry.getStyleClass().add(Styles.SMALL);
            retry.setId("retry-" + m.id());
            retry.getStyleClass().add("retry-button");
            retry.disableProperty().bind(vm.generatingProperty());
            retry.setOnAction(e -> vm.retry(m.id()));
            HBox buttons = new HBox(8, retry);
            if ("MODEL_NOT_FOUND".equals(m.errorKind()) && m.model() != null) {
                Button pull = new Button(messages.text("answer.pull", m.model()), new FontIcon("fth-download"));
                pull.getStyleClass().add(Styles.SMALL);
                pull.setOnAction(e -> chat.pullModel(m.model()));
                buttons.getChildren().add(pull);
            }
            box.getChildren().add(buttons);
        }
        return box;
    }
}
