package dev.aura.plugins.chat.ui;

import java.util.UUID;
import javafx.application.Platform;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ListViewSkin;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.ScrollEvent;

/**
 * The conversation as a virtualized list (a 5,000-message conversation in a VBox takes seconds to show). Follows the
 * end while an answer grows, unless the user scrolled up to read; scrolling back to the end follows again.
 */
final class MessageListView {
    private final ListView<MessageItem> list = new ListView<>();
    private final ConversationViewModel vm;
    private boolean following = true;
    private boolean scrollScheduled;

    MessageListView(ConversationViewModel vm, MessageCell.Factory cells) {
        this.vm = vm;
        list.setId("message-list");
        list.getStyleClass().add("message-list");
        list.setItems(vm.items());
        list.setFocusTraversable(false);
        list.setSkin(new Skin(list));
        list.setCellFactory(view -> cells.create(this));
        list.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() > 0) {
                following = false;
            } else {
                Platform.runLater(() -> following = atBottom());
            }
        });
        list.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> following = atBottom());
        vm.scrollRequestsProperty().addListener((obs, old, n) -> scrollTo(vm.scrollTargetProperty().get()));
    }

    ListView<MessageItem> node() {
        return list;
    }

    /** A streaming answer's body changed height: keep its end in view if the user has not scrolled away. */
    void contentGrew() {
        if (following && !scrollScheduled) {
            scrollScheduled = true;
            Platform.runLater(() -> {
                scrollScheduled = false;
                toEnd();
            });
        }
    }

    private void scrollTo(UUID target) {
        int index = target == null ? -1 : indexOf(target);
        if (index < 0) {
            following = true;
            toEnd();
            Platform.runLater(this::toEnd); // variable-height cells: the first pass may fall short
        } else {
            following = false;
            list.scrollTo(index);
            list.getSelectionModel().select(index);
        }
    }

    private int indexOf(UUID id) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).message().id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private void toEnd() {
        int last = list.getItems().size() - 1;
        VirtualFlow<?> flow = ((Skin) list.getSkin()).flow();
        if (last >= 0 && flow != null) {
            flow.scrollTo(last);
            // scrollTo shows the top of the last cell; a growing answer is taller than the view, so show its end
            IndexedCell<?> cell = flow.getLastVisibleCell();
            if (cell != null && cell.getIndex() == last) {
                double overflow = cell.getLayoutY() + cell.getHeight() - flow.getHeight();
                if (overflow > 0.5) {
                    flow.scrollPixels(overflow);
                }
            }
        }
    }

    private boolean atBottom() {
        VirtualFlow<?> flow = ((Skin) list.getSkin()).flow();
        IndexedCell<?> lastVisible = flow == null ? null : flow.getLastVisibleCell();
        if (lastVisible == null) {
            return true;
        }
        return lastVisible.getIndex() >= list.getItems().size() - 1
                && lastVisible.getLayoutY() + lastVisible.getHeight() <= flow.getHeight() + 2;
    }

    boolean isFollowing() {
        return following;
    }

    /** Exposes the flow, which {@code scrollToBottom} and the bottom check need. */
    private static final class Skin extends ListViewSkin<MessageItem> {
        Skin(ListView<MessageItem> control) {
            super(control);
        }

        VirtualFlow<?> flow() {
            return getVirtualFlow();
        }
    }
}
