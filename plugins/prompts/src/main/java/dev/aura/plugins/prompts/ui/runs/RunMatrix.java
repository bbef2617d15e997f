package dev.aura.plugins.prompts.ui.runs;

import dev.aura.plugins.prompts.history.CellChange;
import dev.aura.plugins.prompts.history.RunCell;
import dev.aura.plugins.prompts.history.RunComparison;
import dev.aura.plugins.prompts.run.CellResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The results matrix as data: rows are test cases, columns variant x model. Cells are placed by the test's and the
 * variant's position and name, so a live run and the same run read back land in the same places. UI thread only.
 */
public final class RunMatrix {
    private final ObservableList<MatrixRow> rows = FXCollections.observableArrayList();
    private final ObservableList<MatrixColumn> columns = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<MatrixTotals> totals = new ReadOnlyObjectWrapper<>(MatrixTotals.NONE);
    private final Map<String, Integer> rowIndex = new HashMap<>();
    private final Map<String, Integer> columnIndex = new HashMap<>();
    /** RunCell.key() (names only, as comparisons name cells) to {row, column}. */
    private final Map<String, int[]> byName = new HashMap<>();

    /** An empty matrix for a run about to start: every test x variant x model, no results yet. */
    public void layout(List<String> testNames, List<String> variants, List<String> models) {
        clear();
        List<MatrixColumn> built = new ArrayList<>();
        for (int v = 0; v < variants.size(); v++) {
            for (String model : models) {
                columnIndex.put(columnKey(v, variants.get(v), model), built.size());
                built.add(new MatrixColumn(built.size(), variants.get(v), model));
            }
        }
        List<MatrixRow> made = new ArrayList<>();
        for (int t = 0; t < testNames.size(); t++) {
            rowIndex.put(rowKey(t, testNames.get(t)), made.size());
            made.add(new MatrixRow(testNames.get(t), built.size()));
        }
        columns.setAll(built);
        rows.setAll(made);
    }

    /** The matrix of a stored run: rows and columns in the order the cells come. */
    public void show(List<RunCell> cells) {
        clear();
        Map<String, String> tests = new LinkedHashMap<>();
        Map<String, MatrixColumn> cols = new LinkedHashMap<>();
        for (RunCell cell : cells) {
            CellResult r = cell.result();
            tests.putIfAbsent(rowKey(r.testIndex(), cell.testName()), cell.testName());
            cols.computeIfAbsent(columnKey(r.promptIndex(), cell.variantLabel(), r.model()),
                    k -> new MatrixColumn(0, cell.variantLabel(), r.model()));
        }
        List<MatrixColumn> built = new ArrayList<>();
        // grouped headers need each variant's models next to each other, whatever order cells were stored in
        List<String> keys = new ArrayList<>(cols.keySet());
        keys.sort((a, b) -> Integer.compare(Integer.parseInt(a.substring(0, a.indexOf('\u0000'))),
                Integer.parseInt(b.substring(0, b.indexOf('\u0000')))));
        for (String key : keys) {
            MatrixColumn c = cols.get(key);
            columnIndex.put(key, built.size());
            built.add(new MatrixColumn(built.size(), c.variant(), c.model()));
        }
        List<MatrixRow> made = new ArrayList<>();
        tests.forEach((key, name) -> {
            rowIndex.put(key, made.size());
            made.add(new MatrixRow(name, built.size()));
        });
        columns.setAll(built);
        rows.setAll(made);
        cells.forEach(this::put);
    }

    public void clear() {
        rowIndex.clear();
        columnIndex.clear();
        byName.clear();
        rows.clear();
        columns.clear();
        totals.set(MatrixTotals.NONE);
    }

    /** Places a finished cell; false when the matrix has no place for it (a run of another layout). */
    public boolean put(RunCell cell) {
        CellResult r = cell.result();
        Integer row = rowIndex.get(rowKey(r.testIndex(), cell.testName()));
        Integer column = columnIndex.get(columnKey(r.promptIndex(), cell.variantLabel(), r.model()));
        if (row == null || column == null) {
            return false;
        }
        MatrixRow target = rows.get(row);
        MatrixEntry old = target.cell(column);
        MatrixTotals sum = totals.get();
        if (old != null) {
            sum = sum.plus(old.result(), -1);
        }
        totals.set(sum.plus(r, 1));
        target.set(column, new MatrixEntry(cell, old == null ? null : old.change()));
        byName.put(cell.key(), new int[] {row, column});
        return true;
    }

    /** Marks each cell with its change against the other run. */
    public void mark(RunComparison comparison) {
        unmark();
        for (CellChange change : comparison.changes()) {
            int[] at = byName.get(change.testName() + "\u0000" + change.variantLabel() + "\u0000" + change.model());
            if (at != null) {
                MatrixRow row = rows.get(at[0]);
                MatrixEntry entry = row.cell(at[1]);
                if (entry != null) {
                    row.set(at[1], entry.withChange(change.kind()));
                }
            }
        }
    }

    public void unmark() {
        for (MatrixRow row : rows) {
            for (int c = 0; c < row.columns(); c++) {
                MatrixEntry entry = row.cell(c);
                if (entry != null && entry.change() != null) {
                    row.set(c, entry.withChange(null));
                }
            }
        }
    }

    /** The cell whose {@link RunCell#key()} is {@code key}, or null. */
    public MatrixEntry find(String key) {
        int[] at = byName.get(key);
        return at == null ? null : rows.get(at[0]).cell(at[1]);
    }

    public MatrixEntry cell(int row, int column) {
        return rows.get(row).cell(column);
    }

    public ObservableList<MatrixRow> rows() {
        return rows;
    }

    public ObservableList<MatrixColumn> columns() {
        return columns;
    }

    public ReadOnlyObjectProperty<MatrixTotals> totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public MatrixTotals totals() {
        return totals.get();
    }

    private static String rowKey(int testIndex, String name) {
        return testIndex + "\u0000" + name;
    }

    private static String columnKey(int promptIndex, String variant, String model) {
        return promptIndex + "\u0000" + variant + "\u0000" + model;
    }
}
