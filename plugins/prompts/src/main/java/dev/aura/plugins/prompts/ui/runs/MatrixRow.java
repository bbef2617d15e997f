package dev.aura.plugins.prompts.ui.runs;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** A row of the results matrix: one test case, with one observable cell per column so a live run updates in place. */
public final class MatrixRow {
    private final String testName;
    private final ReadOnlyObjectWrapper<MatrixEntry>[] cells;

    @SuppressWarnings("unchecked")
    MatrixRow(String testName, int columns) {
        this.testName = testName;
        this.cells = new ReadOnlyObjectWrapper[columns];
        for (int i = 0; i < columns; i++) {
            cells[i] = new ReadOnlyObjectWrapper<>();
        }
    }

    public String testName() {
        return testName;
    }

    public ReadOnlyObjectProperty<MatrixEntry> cellProperty(int column) {
        return cells[column].getReadOnlyProperty();
    }

    public MatrixEntry cell(int column) {
        return column < cells.length ? cells[column].get() : null;
    }

    public int columns() {
        return cells.length;
    }

    void set(int column, MatrixEntry entry) {
        cells[column].set(entry);
    }

    boolean any(java.util.function.Predicate<MatrixEntry> test) {
        for (ReadOnlyObjectWrapper<MatrixEntry> cell : cells) {
            if (cell.get() != null && test.test(cell.get())) {
                return true;
            }
        }
        return false;
    }
}
