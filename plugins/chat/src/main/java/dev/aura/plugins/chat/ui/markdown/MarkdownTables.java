package dev.aura.plugins.chat.ui.markdown;

import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;

/** GFM tables as a {@link GridPane} of wrapping cells; header cells and column alignment come from the Markdown. */
final class MarkdownTables {
    private final InlineFlowBuilder inlines;

    MarkdownTables(InlineFlowBuilder inlines) {
        this.inlines = inlines;
    }

    GridPane table(TableBlock table) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("md-table");
        int rowIndex = 0;
        int columns = 0;
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (row instanceof TableRow) {
                    columns = Math.max(columns, addRow(grid, row, rowIndex++));
                }
            }
        }
        for (int i = 0; i < columns; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setHgrow(Priority.SOMETIMES);
            column.setFillWidth(true);
            grid.getColumnConstraints().add(column);
        }
        grid.setMinWidth(0);
        return grid;
    }

    private int addRow(GridPane grid, Node row, int rowIndex) {
        int column = 0;
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell tableCell) {
                TextFlow flow = inlines.flowOf(tableCell, "md-table-cell");
                if (tableCell.isHeader()) {
                    flow.getStyleClass().add("md-table-header");
                }
                if (rowIndex % 2 == 0 && !tableCell.isHeader()) {
                    flow.getStyleClass().add("md-table-even");
                }
                flow.setTextAlignment(alignmentOf(tableCell.getAlignment()));
                flow.setMaxWidth(Double.MAX_VALUE);
                flow.setMaxHeight(Double.MAX_VALUE);
                grid.add(flow, column++, rowIndex);
            }
        }
        return column;
    }

    private static TextAlignment alignmentOf(TableCell.Alignment alignment) {
        if (alignment == null) {
            return TextAlignment.LEFT;
        }
        return switch (alignment) {
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
            case LEFT -> TextAlignment.LEFT;
        };
    }
}
