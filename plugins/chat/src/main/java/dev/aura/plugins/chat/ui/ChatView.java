package dev.aura.plugins.chat.ui;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import dev.aura.plugins.chat.ui.markdown.MarkdownRenderer;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Chat panel: conversation list on the left, the open conversation on the right, errors above both. */
public final class ChatView {
    private static final String STYLESHEET =
            Objects.requireNonNull(ChatView.class.getResource("chat.css")).toExternalForm();

    private final ChatViewModel vm;
    private final VBox root = new VBox();
    private final SidebarPane sidebar;
    private final ConversationPane conversation;

    public ChatView(ChatViewModel vm, AnswerBodies bodies, ChatTexts texts) {
        this(vm, bodies, texts, null);
    }

    ChatView(ChatViewModel vm, AnswerBodies bodies, ChatTexts texts, ChatDialogs dialogs) {
        this.vm = vm;
        ChatDialogs shown = dialogs != null ? dialogs : new ChatDialogs(vm);
        this.sidebar = new SidebarPane(vm, shown, texts);
        this.conversation = new ConversationPane(vm, bodies, texts);
        build();
    }

    public Parent root() {
        return root;
    }

    private void build() {
        root.setId("chat-panel");
        root.getStylesheets().addAll(MarkdownRenderer.STYLESHEET, STYLESHEET);
        root.getStyleClass().add("chat-panel");

        Message banner = new Message(vm.messages().text("error.title"), "", new FontIcon("fth-alert-triangle"));
        banner.setId("chat-error");
        banner.getStyleClass().add(Styles.DANGER);
        banner.descriptionProperty().bind(vm.errorProperty());
        banner.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        banner.setOnClose(e -> vm.dismissError());

        SplitPane split = new SplitPane(sidebar.node(), conversation.node());
        split.setId("chat-split");
        split.setDividerPositions(0.24);
        SplitPane.setResizableWithParent(sidebar.node(), false);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().addAll(banner, split);

        // Esc stops an answer from anywhere in the panel
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && vm.conversation().isGenerating()) {
                e.consume();
                vm.conversation().stop();
            }
        });
        vm.search().focusRequestsProperty().addListener(o -> whenShown(sidebar::focusSearch));
        vm.conversation().conversationProperty().addListener((obs, old, now) -> {
            if (now == null) {
                whenShown(conversation.composer()::focus);
            }
        });
    }

    /** Puts the cursor in the composer (after New chat). */
    public void focusComposer() {
        whenShown(conversation.composer()::focus);
    }

    Node messageList() {
        return conversation.messageList().node();
    }

    /** The palette may ask before the panel is on screen; act once it is. */
    private void whenShown(Runnable action) {
        if (root.getScene() != null && root.getScene().getWindow() != null && root.getScene().getWindow().isShowing()) {
            Platform.runLater(action);
            return;
        }
        root.sceneProperty().addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                if (root.getScene() != null) {
                    root.sceneProperty().removeListener(this);
                    Platform.runLater(action);
                }
            }
        });
    }
}
