package dev.aura.plugins.chat.ui;

import atlantafx.base.theme.Styles;
import dev.aura.plugins.chat.model.SearchHit;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

/** A search result: the conversation's title and the matching snippet. */
final class SearchHitCell extends ListCell<SearchHit> {
    private final Label title = new Label();
    private final Label snippet = new Label();
    private final VBox box = new VBox(2, title, snippet);

    private final String titleHit;

    SearchHitCell(String titleHit) {
        this.titleHit = titleHit;
        getStyleClass().add("search-hit-cell");
        title.getStyleClass().add("conversation-title");
        title.setMinWidth(0);
        snippet.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, "search-snippet");
        snippet.setMinWidth(0);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(SearchHit item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        title.setText(item.conversationTitle());
        snippet.setText(item.messageId() == null ? titleHit : ChatTexts.plainSnippet(item.snippet()));
        setGraphic(box);
    }
}
