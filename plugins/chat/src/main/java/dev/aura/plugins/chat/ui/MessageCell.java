package dev.aura.plugins.chat.ui;

import atlantafx.base.theme.Styles;
import dev.aura.plugins.api.ui.Paragraph;
import dev.aura.plugins.chat.Messages;
import dev.aura.plugins.chat.model.Attachment;
import dev.aura.plugins.chat.model.ChatMessage;
import dev.aura.plugins.chat.model.MessageStatus;
import javafx.beans.InvalidationListener;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** One message: a user bubble or an answer with its status, figures, alternatives and hover actions. */
final class MessageCell extends ListCell<MessageItem> {
    /** Makes the cells of one list; the bodies cache is shared by all of them. */
    record Factory(ChatViewModel vm, AnswerBodies bodies, ChatTexts texts) {
        MessageCell create(MessageListView owner) {
            return new MessageCell(vm, bodies, texts, owner);
        }
    }

    private final ChatViewModel chat;
    private final ConversationViewModel vm;
    private final Messages messages;
    private final AnswerBodies bodies;
    private final ChatTexts texts;
    private final MessageListView owner;
    private final VBox row = new VBox(2);
    private final VBox bubble = new VBox(6);
    private final InvalidationListener grew;
    private Node watched;
    private Node body;
    // built once per cell and reused for every message it shows: new buttons per update cost CSS on every scroll
    private final Label figures = new Label();
    private final DoubleProperty bubbleShare = new SimpleDoubleProperty(1);
    private final HBox footer = new HBox(8);
    private final Region spacer = new Region();
    private final HBox userActions;
    private final HBox answerActions;

    private MessageCell(ChatViewModel chat, AnswerBodies bodies, ChatTexts texts, MessageListView owner) {
        this.chat = chat;
        this.vm = chat.conversation();
        this.messages = chat.messages();
        this.bodies = bodies;
        this.texts = texts;
        this.owner = owner;
        this.grew = o -> owner.contentGrew();
        getStyleClass().add("message-cell");
        setPrefWidth(0); // the list's width decides; long lines wrap instead of scrolling sideways
        row.getStyleClass().add("message-row");
        row.setFillWidth(false); // a short question gets a small bubble
        bubble.setMinWidth(0);
        figures.getStyleClass().addAll("answer-figures", Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        figures.setMinWidth(0);
        HBox.setHgrow(figures, Priority.SOMETIMES);
        HBox.setHgrow(spacer, Priority.ALWAYS);
        footer.getStyleClass().add("message-footer");
        userActions = actions(
                action("fth-copy", "action.copy", () -> copy(current().content())),
                action("fth-edit-2", "action.edit", () -> vm.beginEdit(current().id())),
                action("fth-trash-2", "action.delete", () -> vm.deleteMessage(current().id())));
        answerActions = actions(
                action("fth-copy", "action.copy", () -> copy(current().content())),
                action("fth-refresh-cw", "action.regenerate", () -> vm.regenerate(current().id())),
                action("fth-trash-2", "action.delete", () -> vm.deleteMessage(current().id())));
        vm.editingProperty().addListener((obs, old, id) -> {
            MessageItem item = getItem();
            if (item != null && (item.message().id().equals(id) || item.message().id().equals(old))) {
                updateItem(item, false);
            }
        });
    }

    @Override
    protected void updateItem(MessageItem item, boolean empty) {
        super.updateItem(item, empty);
        unwatch();
        setText(null);
        bubble.getChildren().clear(); // lets go of shared bodies, which another cell may now show
        row.getChildren().setAll(bubble);
        body = null;
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        bubble.getStyleClass().setAll(item.isUser() ? "user-bubble" : "answer");
        row.setAlignment(item.isUser() ? Pos.TOP_RIGHT : Pos.TOP_LEFT);
        if (!bubble.maxWidthProperty().isBound()) {
            bubble.maxWidthProperty().bind(getListView().widthProperty().subtract(48).multiply(bubbleShare));
        }
        bubbleShare.set(item.isUser() ? 0.78 : 1.0);
        if (item.isUser()) {
            fillUser(item);
        } else {
            fillAnswer(item);
        }
        setGraphic(row);
    }

    private void fillUser(MessageItem item) {
        ChatMessage m = item.message();
        if (m.id().equals(vm.editingProperty().get())) {
            bubble.getChildren().add(editor(m));
            return;
        }
        bubble.getChildren().add(Paragraph.of(m.content(), "message-text"));
        if (!m.attachments().isEmpty()) {
            bubble.getChildren().add(chips(m));
        }
        row.getChildren().add(footer(item, false, userActions));
    }

    private void fillAnswer(MessageItem item) {
        ChatMessage m = item.message();
        body = item.isStreaming() ? bodies.streaming(item) : bodies.finished(m);
        bubble.getChildren().add(body);
        if (item.isStreaming()) {
            watch(body);
        }
        if (m.status() != MessageStatus.COMPLETE && m.status() != MessageStatus.STREAMING) {
            bubble.getChildren().add(AnswerStatus.of(m, chat));
        }
        figures.setText(item.isStreaming() ? messages.text("answer.writing", nullToEmpty(m.model()))
                : texts.figures(m.model(), m.figures()));
        row.getChildren().add(footer(item, true, item.isStreaming() ? null : answerActions));
    }

    /**
     * The list asks for the height without a width, and a Labeled then measures its graphic unwrapped: one line per
     * paragraph, so the cell came out too short and the code blocks were squeezed. Measure at the real width.
     */
    @Override
    protected double computePrefHeight(double width) {
        double w = width > 0 ? width : getWidth() > 0 ? getWidth()
                : getListView() == null ? -1 : getListView().getWidth() - 16;
        if (getGraphic() == null || w <= 0) {
            return super.computePrefHeight(width);
        }
        Insets in = getInsets();
        return in.getTop() + row.prefHeight(w - in.getLeft() - in.getRight()) + in.getBottom();
    }

    /**
     * Bodies are shared nodes: the list's measuring cell may borrow the one this cell shows and then drop it. Take
     * it back when that happened.
     */
    @Override
    protected void layoutChildren() {
        if (body != null && body.getParent() != bubble && !isEmpty()) {
            bubble.getChildren().add(0, body);
        }
        super.layoutChildren();
    }

    private Node editor(ChatMessage m) {
        TextArea area = new TextArea(m.content());
        area.setId("edit-area");
        area.setWrapText(true);
        area.setPrefRowCount(Math.min(10, Math.max(2, m.content().split("\n", -1).length)));
        Button send = new Button(messages.text("edit.send"));
        send.setId("edit-send");
        send.getStyleClass().add(Styles.ACCENT);
        send.setDefaultButton(false);
        send.disableProperty().bind(area.textProperty().isEmpty());
        send.setOnAction(e -> vm.editAndResend(m.id(), area.getText().strip()));
        Button cancel = new Button(messages.text("edit.cancel"));
        cancel.setOnAction(e -> vm.cancelEdit());
        area.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                vm.cancelEdit();
            } else if (e.getCode() == KeyCode.ENTER && !e.isShiftDown() && !area.getText().isBlank()) {
                e.consume();
                vm.editAndResend(m.id(), area.getText().strip());
            }
        });
        HBox buttons = new HBox(8, cancel, send);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        Label hint = new Label(messages.text("edit.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        javafx.application.Platform.runLater(area::requestFocus);
        return new VBox(6, area, hint, buttons);
    }

    private Node chips(ChatMessage m) {
        FlowPane chips = new FlowPane(6, 6);
        for (Attachment a : m.attachments()) {
            chips.getChildren().add(AttachmentChip.of(a, null));
        }
        return chips;
    }

    private Node footer(MessageItem item, boolean withFigures, HBox actions) {
        footer.getChildren().clear();
        footer.setAlignment(item.isUser() ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
        if (item.hasAlternatives()) {
            footer.getChildren().add(alternatives(item));
        }
        if (withFigures) {
            footer.getChildren().add(figures);
        }
        footer.getChildren().add(spacer);
        if (actions != null) {
            footer.getChildren().add(actions);
        }
        return footer;
    }

    private HBox actions(Button... buttons) {
        HBox hover = new HBox(2, buttons);
        hover.getStyleClass().add("message-actions");
        // hidden until the pointer is over the message, but laid out so nothing moves when it appears
        hover.visibleProperty().bind(row.hoverProperty().or(focusedProperty()));
        return hover;
    }

    private ChatMessage current() {
        return getItem().message();
    }

    /** {@code < 2/3 >} */
    private Node alternatives(MessageItem item) {
        int index = item.entry().siblingIndex();
        int count = item.entry().siblingCount();
        Button previous = action("fth-chevron-left", "action.previous",
                () -> vm.showAlternative(item.message().id(), index - 1));
        // bound, not set: the cell is built while an answer streams and stays as it is when the answer ends
        previous.disableProperty().bind(vm.generatingProperty().or(new SimpleBooleanProperty(index == 0)));
        previous.getStyleClass().add("alternative-previous");
        Button next = action("fth-chevron-right", "action.next",
                () -> vm.showAlternative(item.message().id(), index + 1));
        next.disableProperty().bind(vm.generatingProperty().or(new SimpleBooleanProperty(index >= count - 1)));
        next.getStyleClass().add("alternative-next");
        Label position = new Label(messages.text("alternatives.position", index + 1, count));
        position.getStyleClass().addAll("alternative-position", Styles.TEXT_SMALL);
        HBox box = new HBox(0, previous, position, next);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("alternatives");
        return box;
    }

    private Button action(String icon, String tooltipKey, Runnable run) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL, "message-action");
        button.setTooltip(new Tooltip(messages.text(tooltipKey)));
        button.setAccessibleText(messages.text(tooltipKey));
        button.setFocusTraversable(false);
        button.setOnAction(e -> run.run());
        return button;
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private void watch(Node body) {
        watched = body;
        body.layoutBoundsProperty().addListener(grew);
    }

    private void unwatch() {
        if (watched != null) {
            watched.layoutBoundsProperty().removeListener(grew);
            watched = null;
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
