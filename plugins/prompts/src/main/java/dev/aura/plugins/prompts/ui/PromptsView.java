package dev.aura.plugins.prompts.ui;

import atlantafx.base.theme.Styles;
import dev.aura.plugins.prompts.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The panel's layout: the card list on the left, the selected card (or a hint to pick one) on the right. */
final class PromptsView {
    static final String STYLESHEET = PromptsView.class.getResource("prompts.css").toExternalForm();
    private final SplitPane root = new SplitPane();

    PromptsView(CardListPane list, CardPane card, CardEditorViewModel editor, Messages messages) {
        root.getStylesheets().add(STYLESHEET);
        root.getStyleClass().add("prompts-panel");
        root.setId("prompts-panel");
        Label hint = new Label(messages.text("cards.noSelection"), new FontIcon(Feather.MOUSE_POINTER));
        hint.getStyleClass().addAll("muted-text", Styles.TITLE_4);
        VBox noSelection = new VBox(hint);
        noSelection.setId("no-selection");
        noSelection.setAlignment(Pos.CENTER);
        noSelection.visibleProperty().bind(editor.stateProperty().isEqualTo(CardEditorViewModel.State.NONE));
        card.root().visibleProperty().bind(noSelection.visibleProperty().not());
        StackPane right = new StackPane(card.root(), noSelection);
        root.getItems().addAll(list.root(), right);
        root.setDividerPositions(0.27);
        SplitPane.setResizableWithParent(list.root(), false);
    }

    SplitPane root() {
        return root;
    }
}
