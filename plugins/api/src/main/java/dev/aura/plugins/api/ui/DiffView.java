package dev.aura.plugins.api.ui;

import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A unified line diff: both line numbers, a +/- gutter, added lines green and removed lines red; virtualized. The
 * plugin's stylesheet colours the {@code diff-added} / {@code diff-removed} rows.
 */
public final class DiffView {
    private final ListView<LineDiff.Line> list;

    /** @param placeholder shown while there is nothing to compare */
    public DiffView(ObservableList<LineDiff.Line> lines, String placeholder) {
        list = new ListView<>(lines);
        list.setId("diff-view");
        list.getStyleClass().add("diff-view");
        list.setFixedCellSize(24); // compact rows, and cheap scrolling through long documents
        list.setPlaceholder(new Label(placeholder));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(LineDiff.Line line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeAll("diff-added", "diff-removed", "diff-same");
                setText(null);
                if (empty || line == null) {
                    setGraphic(null);
                    return;
                }
                getStyleClass().add(switch (line.kind()) {
                    case ADDED -> "diff-added";
                    case REMOVED -> "diff-removed";
                    case SAME -> "diff-same";
                });
                Label left = number(line.leftNumber());
                Label right = number(line.rightNumber());
                Label gutter = new Label(switch (line.kind()) {
                    case ADDED -> "+";
                    case REMOVED -> "−";
                    case SAME -> " ";
                });
                gutter.getStyleClass().add("diff-gutter");
                Label text = new Label(line.text());
                text.getStyleClass().add("diff-text");
                HBox.setHgrow(text, Priority.ALWAYS);
                HBox row = new HBox(6, left, right, gutter, text);
                row.setAlignment(Pos.CENTER_LEFT);
                setGraphic(row);
            }
        });
    }

    private static Label number(int n) {
        Label label = new Label(n == 0 ? "" : Integer.toString(n));
        label.getStyleClass().add("diff-number");
        label.setMinWidth(32);
        label.setAlignment(Pos.CENTER_RIGHT);
        return label;
    }

    public ListView<LineDiff.Line> root() {
        return list;
    }
}
