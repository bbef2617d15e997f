package dev.aura.plugins.chat.ui;

import atlantafx.base.theme.Styles;
import dev.aura.plugins.chat.model.ConversationSummary;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** A row of the conversation list: title (pinned ones with a pin), model and last activity. */
final class ConversationCell extends ListCell<ConversationSummary> {
    private final ChatTexts texts;
    private final Label title = new Label();
    private final Label model = new Label();
    private final Label when = new Label();
    private final FontIcon pin = new FontIcon("fth-bookmark");
    private final VBox box;

    ConversationCell(ChatTexts texts) {
        this.texts = texts;
        getStyleClass().add("conversation-cell");
        title.getStyleClass().add("conversation-title");
        title.setMinWidth(0);
        model.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        model.setMinWidth(0);
        when.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        when.setMinWidth(Region.USE_PREF_SIZE);
        pin.getStyleClass().add("pin-icon");
        HBox top = new HBox(6, pin, title);
        top.setAlignment(Pos.CENTER_LEFT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(6, model, spacer, when);
        box = new VBox(2, top, bottom);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(ConversationSummary item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        title.setText(item.title());
        pin.setVisible(item.pinned());
        pin.setManaged(item.pinned());
        model.setText(item.model() == null ? "" : item.model());
        when.setText(texts.lastActivity(item.trashedAt() != null ? item.trashedAt() : item.lastActivityAt()));
        setGraphic(box);
    }
}
