package dev.aura.plugins.analytics.ui;

import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/**
 * Rows that ask for the next page when one of the last rows is drawn. The table only draws what is visible, so this
 * fires as the user scrolls near the end, whatever the scroll bar or keyboard did.
 */
final class NearEndRows {
    private static final int AHEAD = 30;

    private NearEndRows() {}

    static <T> void install(TableView<T> table, Runnable loadMore) {
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            public void updateIndex(int index) {
                super.updateIndex(index);
                if (index >= 0 && index >= t.getItems().size() - AHEAD && !t.getItems().isEmpty()) {
                    loadMore.run();
                }
            }
        });
    }
}
