package dev.aura.plugins.prompts.ui.runs;

import dev.aura.plugins.prompts.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;

/**
 * The results matrix: one row per test case, a header per variant grouping a column per model. Rows have a fixed
 * height so the table stays virtualized for thousands of cells. Selecting a cell shows its details.
 */
final class ResultsMatrixView {
    static final double ROW_HEIGHT = 62;
    private static final double CELL_WIDTH = 210;

    private final RunsViewModel model;
    private final Messages messages;
    private final TableView<MatrixRow> table = new TableView<>();

    ResultsMatrixView(RunsViewModel model) {
        this.model = model;
        this.messages = model.messages();
        table.setId("runs-matrix");
        table.getStyleClass().addAll("runs-matrix", "bordered");
        table.setItems(model.visibleRows());
        table.setFixedCellSize(ROW_HEIGHT);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setPlaceholder(new Label(messages.text("runs.matrix.empty")));
        model.matrix().columns().addListener((ListChangeListener<MatrixColumn>) c -> rebuildColumns());
        table.getSelectionModel().getSelectedCells().addListener(
                (ListChangeListener<TablePosition>) c -> selectionChanged());
        model.selectedProperty().addListener((o, was, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            }
        });
        // with "failures only" the rows that stay keep their passing cells, dimmed, for context
        model.failuresOnlyProperty().addListener((o, was, now) -> {
            table.getStyleClass().remove("failures-only");
            if (now) {
                table.getStyleClass().add("failures-only");
            }
        });
        rebuildColumns();
    }

    TableView<MatrixRow> node() {
        return table;
    }

    private void rebuildColumns() {
        List<TableColumn<MatrixRow, ?>> built = new ArrayList<>();
        TableColumn<MatrixRow, String> test = new TableColumn<>(messages.text("runs.matrix.test"));
        test.setId("matrix-test");
        test.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().testName()));
        test.setPrefWidth(170);
        test.setSortable(false);
        test.setReorderable(false);
        test.getStyleClass().add("test-column");
        built.add(test);
        TableColumn<MatrixRow, MatrixEntry> group = null;
        for (MatrixColumn column : model.matrix().columns()) {
            if (group == null || !group.getText().equals(column.variant())
                    || !column.variant().equals(group.getUserData())) {
                group = new TableColumn<>(column.variant());
                group.setUserData(column.variant());
                group.setReorderable(false);
                group.getStyleClass().add("variant-column");
                built.add(group);
            }
            TableColumn<MatrixRow, MatrixEntry> cell = new TableColumn<>(column.model());
            int index = column.index();
            cell.setUserData(index);
            cell.setId("matrix-col-" + index);
            cell.setCellValueFactory(row -> row.getValue().cellProperty(index));
            cell.setCellFactory(c -> new MatrixCell(model.formats(), messages));
            cell.setPrefWidth(CELL_WIDTH);
            cell.setSortable(false);
            cell.setReorderable(false);
            group.getColumns().add(cell);
        }
        table.getColumns().setAll(built);
    }

    private void selectionChanged() {
        var cells = table.getSelectionModel().getSelectedCells();
        if (cells.isEmpty()) {
            return;
        }
        TablePosition<?, ?> at = cells.getFirst();
        if (at.getTableColumn() == null || !(at.getTableColumn().getUserData() instanceof Integer column)
                || at.getRow() < 0 || at.getRow() >= table.getItems().size()) {
            return;
        }
        MatrixEntry entry = table.getItems().get(at.getRow()).cell(column);
        if (entry != null) {
            model.select(entry);
        }
    }
}
